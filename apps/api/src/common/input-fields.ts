import { Field, ID } from 'type-graphql';
import { IsEnum, IsOptional, MaxLength } from 'class-validator';

/** The decorators of one input field applied together (each still registers its own metadata). */
const all =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const decorate of decorators) decorate(target, key);
  };

/** An optional enum argument or input field: null or absent leaves it unset; any other value must be one of the enum's. */
export function OptionalEnum(values: object, options: { description?: string } = {}): PropertyDecorator {
  return all(
    Field(() => values, { nullable: true, ...options }),
    IsOptional(),
    IsEnum(values),
  );
}

/** An optional record id (at most 36 characters, the length of our ids). */
export function OptionalId(options: { description?: string } = {}): PropertyDecorator {
  return all(
    Field(() => ID, { nullable: true, ...options }),
    IsOptional(),
    MaxLength(36),
  );
}
