import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicySection } from '../../shared/model/entities';

interface PolicyChapterEditorProps {
  label: string;
  section: PolicySection;
  onSave: (patch: Partial<Pick<PolicySection, 'title' | 'body'>>) => void;
}

/** One chapter: its title and its articles, saved when the field loses focus. */
export function PolicyChapterEditor({ label, section, onSave }: PolicyChapterEditorProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(section.title);
  const [body, setBody] = useState(section.body);
  // Undo, redo or another view may change the text underneath.
  useEffect(() => setTitle(section.title), [section.title]);
  useEffect(() => setBody(section.body), [section.body]);
  const chapter = `${label} ${section.title}`;

  return (
    <article className="policy-chapter">
      <div className="policy-chapter-title">
        <span className="policy-chapter-label">{label}</span>
        <input
          aria-label={t('policy.chapterTitle', { chapter })}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          onBlur={() => {
            const trimmed = title.trim();
            if (!trimmed) setTitle(section.title);
            else if (trimmed !== section.title) onSave({ title: trimmed });
          }}
        />
      </div>
      <textarea
        aria-label={t('policy.chapterBody', { chapter })}
        value={body}
        rows={Math.min(18, Math.max(4, body.split('\n').length + 1))}
        onChange={(e) => setBody(e.target.value)}
        onBlur={() => {
          if (body !== section.body) onSave({ body });
        }}
      />
    </article>
  );
}
