import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { chartTexts, surveyChartSvg } from '../../shared/diagnosis/charts/diagnosis-charts';
import { formatMean, groupKey, surveyResults, type ScoreStat } from '../../shared/diagnosis/survey-results';
import { languageFromLocale } from '../i18n/language';
import { useProjectStore } from '../state/project-store';
import { useTerms } from './use-diagnosis';

function MeanCell({ stat }: { stat: ScoreStat | undefined }) {
  const { t } = useTranslation();
  if (!stat || stat.mean === null) return <td className="number">–</td>;
  return (
    <td className="number">
      {formatMean(stat.mean)} <span className="muted">{t('diagnosis.results.n', { n: stat.respondents })}</span>
    </td>
  );
}

/** Mean, n and distribution per dimension and question, per department and overall, with the report's chart. */
export function SurveyResultsView() {
  const { t, i18n } = useTranslation();
  const terms = useTerms();
  const language = languageFromLocale(i18n.language);
  const tables = useProjectStore((s) => s.project?.state.tables);
  const answers = tables?.surveyAnswers;
  const responses = tables?.surveyResponses;
  const questions = tables?.surveyQuestions;
  const dimensions = tables?.surveyDimensions;
  const departments = tables?.departments;
  const results = useMemo(
    () => (tables ? surveyResults({ tables }, language, terms.noDepartment) : null),
    // Only these tables feed the results; other edits leave them be.
    [answers, responses, questions, dimensions, departments, language, terms.noDepartment],
  );
  const chart = useMemo(() => (results && results.responses > 0 ? surveyChartSvg(results, chartTexts(terms)) : ''), [results, terms]);
  if (!results) return null;
  const groups = [...results.groups.map((g) => ({ key: groupKey(g.id), name: g.name })), { key: null, name: terms.overall }];

  return (
    <section className="panel" aria-labelledby="results-heading">
      <h3 id="results-heading">{t('diagnosis.results.title')}</h3>
      {results.responses === 0 ? (
        <p className="empty">{t('diagnosis.results.none')}</p>
      ) : (
        <>
          <p>{t('diagnosis.results.responses', { count: results.responses })}</p>
          <table className="diagnosis-table">
            <caption>{t('diagnosis.results.byDepartment')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('diagnosis.results.dimension')}</th>
                {groups.map((g) => (
                  <th scope="col" key={g.key ?? 'overall'}>
                    {g.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {results.dimensions.map((d) => (
                <tr key={d.item.dimension.id}>
                  <th scope="row">{d.item.name}</th>
                  {groups.map((g) => (
                    <MeanCell key={g.key ?? 'overall'} stat={g.key === null ? d.overall : d.byGroup.get(g.key)} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <figure className="chart" aria-label={t('diagnosis.results.chart')}>
            <div className="chart-picture" role="img" aria-label={t('diagnosis.results.chart')} dangerouslySetInnerHTML={{ __html: chart }} />
          </figure>
          <table className="diagnosis-table">
            <caption>{t('diagnosis.results.byQuestion')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('diagnosis.results.code')}</th>
                <th scope="col">{t('diagnosis.results.statement')}</th>
                <th scope="col">{terms.mean}</th>
                <th scope="col">n</th>
                {[1, 2, 3, 4, 5].map((v) => (
                  <th scope="col" key={v} title={t('diagnosis.results.answered', { value: v })}>
                    {v}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {results.dimensions.flatMap((d) =>
                d.questions.map((q) => (
                  <tr key={q.item.question.id}>
                    <th scope="row">{q.item.code}</th>
                    <td>{q.item.text}</td>
                    <td className="number">{formatMean(q.overall.mean)}</td>
                    <td className="number">{q.overall.n}</td>
                    {q.overall.distribution.map((count, i) => (
                      <td className="number" key={i}>
                        {count}
                      </td>
                    ))}
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
