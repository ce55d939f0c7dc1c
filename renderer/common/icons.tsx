/** Small stroke icons drawn inline (no icon font or remote asset). Always decorative: the button carries the name. */
function Icon({ d }: { d: string }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export const UndoIcon = () => <Icon d="M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />;
export const RedoIcon = () => <Icon d="m15 14 5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />;
export const EditIcon = () => <Icon d="M12 20h9M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4Z" />;
export const DeleteIcon = () => <Icon d="M3 6h18M8 6V4h8v2M19 6l-1 14H6L5 6M10 11v6M14 11v6" />;
export const PlusIcon = () => <Icon d="M12 5v14M5 12h14" />;
export const CloseIcon = () => <Icon d="M18 6 6 18M6 6l12 12" />;
export const DuplicateIcon = () => <Icon d="M8 8h12v12H8zM4 16V4h12" />;
export const TemplateIcon = () => <Icon d="M4 4h16v5H4zM4 13h7v7H4zM15 13h5M15 17h5M15 20h5" />;
export const MergeIcon = () => <Icon d="M6 4v5a6 6 0 0 0 6 6h6M14 11l4 4-4 4M6 20v-3" />;
export const FolderIcon = () => <Icon d="M3 6h6l2 2h10v11H3z" />;
export const MoreIcon = () => <Icon d="M5 12h.01M12 12h.01M19 12h.01" />;
