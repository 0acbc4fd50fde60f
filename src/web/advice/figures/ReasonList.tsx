import type { ShareFigure } from '../types';
import { ShareText } from './ShareText';

interface ReasonListProps {
  items: ShareFigure[];
  n: number;
  name: (code: string, fallback: string) => string;
  empty: string;
}

/** Motives or expectations with the share of respondents who named each, most named first. */
export function ReasonList({ items, n, name, empty }: ReasonListProps) {
  if (items.length === 0) return <p className="utrecht-paragraph">{empty}</p>;
  return (
    <ul className="utrecht-unordered-list bb-reason-list">
      {items.map((item) => (
        <li key={item.code} className="utrecht-unordered-list__item">
          {name(item.code, item.name)}: <ShareText share={item.share} ci={item.ci} n={n} />
        </li>
      ))}
    </ul>
  );
}
