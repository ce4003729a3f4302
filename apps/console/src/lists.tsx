import type { ReactNode } from 'react';
import { useMediaQuery, type Theme } from '@mui/material';
import {
  Datagrid,
  List,
  Pagination,
  PaginationActions,
  SimpleList,
  useTranslate,
  type DatagridProps,
  type ListProps,
  type PaginationActionsProps,
  type RaRecord,
} from 'react-admin';
import { EmptyState } from './common';

/** Whether the screen is phone-sized (react-admin's own breakpoint for its mobile layout). */
export const usePhone = () => useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));

/** MUI names the page links' landmark "pagination navigation" in English whatever the language: name it in ours. */
function LocalPaginationActions(props: PaginationActionsProps) {
  const translate = useTranslate();
  return <PaginationActions {...props} aria-label={translate('tierwise.pagination')} />;
}

export const LocalPagination = () => <Pagination actions={LocalPaginationActions} />;

/** Every list of the console: pagination in the chosen language, a helpful empty state, no sideways overflow on a phone. */
export function ConsoleList({ children, ...props }: ListProps & { children: ReactNode }) {
  return (
    <List pagination={<LocalPagination />} empty={<EmptyState />} {...props} sx={{ maxWidth: '100%', ...props.sx }}>
      {children}
    </List>
  );
}

type Text<R> = (record: R) => ReactNode;

/**
 * A table on a desktop, cards on a phone (react-admin's SimpleList pattern): the same rows, each a card with its main
 * line, a second line and a figure on the right, opening the record.
 */
export function ResponsiveDatagrid<R extends RaRecord = RaRecord>({
  primaryText,
  secondaryText,
  tertiaryText,
  children,
  rowClick = 'show',
  ...props
}: DatagridProps & { primaryText: Text<R>; secondaryText?: Text<R>; tertiaryText?: Text<R>; children: ReactNode }) {
  const phone = usePhone();
  if (phone) {
    const link = typeof rowClick === 'string' && rowClick !== 'expand' && rowClick !== 'toggleSelection' ? (rowClick as 'show' | 'edit') : false;
    return (
      <SimpleList<R>
        primaryText={primaryText}
        secondaryText={secondaryText}
        tertiaryText={tertiaryText}
        linkType={link}
        data-testid="card-list"
        sx={{ '& .MuiListItemText-root': { overflowWrap: 'anywhere' } }}
      />
    );
  }
  return (
    <Datagrid rowClick={rowClick} {...props}>
      {children}
    </Datagrid>
  );
}

/** A record as the card texts read it (their fields by name). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CardRecord = Record<string, any>;
