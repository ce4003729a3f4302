import { ConflictAwareEdit } from '../conflict';
import { EditActions } from '../common';
import { ProductForm } from './ProductForm';

export function ProductEdit() {
  return (
    <ConflictAwareEdit actions={<EditActions />} redirect="show">
      <ProductForm />
    </ConflictAwareEdit>
  );
}
