import { useId } from 'react';
import { Heading } from '../../ui/Heading';
import { QueryState } from '../../ui/QueryState';

interface PendingProps {
  title: string;
  query: { isPending: boolean; error: unknown; refetch: () => unknown };
}

/** A chart's place while its data loads or after it failed, with the chart's heading kept. */
export function Pending({ title, query }: PendingProps) {
  const id = useId();
  return (
    <section className="bb-chart" aria-labelledby={id}>
      <Heading level={2} id={id}>
        {title}
      </Heading>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
    </section>
  );
}
