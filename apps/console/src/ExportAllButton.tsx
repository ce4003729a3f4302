import { useState } from 'react';
import { Dialog, DialogContent, DialogTitle, LinearProgress, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/GetApp';
import { useLocalFormat } from './fields';
import {
  Button,
  defaultExporter,
  fetchRelatedRecords,
  useDataProvider,
  useListContext,
  useNotify,
  useResourceContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';

/** The API's page size limit: the export pages through the list at that size. */
const PAGE = 100;
/** The most rows one export takes (a larger list is narrowed with filters first). */
export const MAX_EXPORT_ROWS = 100_000;

/**
 * Export every row of the list as it is filtered and sorted, a page at a time (the API caps pages at 100), showing how
 * far it has got; a refusal from the server is shown to the user, never swallowed.
 */
export function ExportAllButton() {
  const translate = useTranslate();
  const format = useLocalFormat();
  const notify = useNotify();
  const dataProvider = useDataProvider();
  const resource = useResourceContext()!;
  const { filterValues, sort, total } = useListContext();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  const run = async () => {
    if (total !== undefined && total > MAX_EXPORT_ROWS) {
      notify('tierwise.export.tooMany', { type: 'warning', messageArgs: { max: format.number(MAX_EXPORT_ROWS), total: format.number(total) } });
      return;
    }
    const rows: RaRecord[] = [];
    setProgress({ done: 0, total: total ?? 0 });
    try {
      for (let page = 1; ; page++) {
        const { data, total: all } = await dataProvider.getList(resource, { filter: filterValues, sort, pagination: { page, perPage: PAGE } });
        rows.push(...data);
        setProgress({ done: rows.length, total: all ?? rows.length });
        if (data.length < PAGE || (all !== undefined && rows.length >= all)) break;
      }
      // react-admin's CSV exporter (jsonexport + download); it works by callback, its return value is not awaited.
      void defaultExporter(rows, fetchRelatedRecords(dataProvider), dataProvider, resource);
      notify('tierwise.export.done', { type: 'info', messageArgs: { smart_count: rows.length } });
    } catch (error) {
      notify('tierwise.export.failed', { type: 'error', messageArgs: { reason: (error as Error)?.message ?? String(error) } });
    } finally {
      setProgress(null);
    }
  };

  return (
    <>
      <Button label="ra.action.export" onClick={run} disabled={progress !== null || total === 0}>
        <DownloadIcon />
      </Button>
      <Dialog open={progress !== null} aria-labelledby="export-progress">
        <DialogTitle id="export-progress">{translate('tierwise.export.title')}</DialogTitle>
        <DialogContent sx={{ minWidth: 320 }}>
          <LinearProgress variant={progress?.total ? 'determinate' : 'indeterminate'} value={progress?.total ? (100 * progress.done) / progress.total : 0} />
          <Typography variant="body2" sx={{ mt: 1 }} data-testid="export-progress">
            {translate('tierwise.export.progress', { done: format.number(progress?.done ?? 0), total: format.number(progress?.total ?? 0) })}
          </Typography>
        </DialogContent>
      </Dialog>
    </>
  );
}
