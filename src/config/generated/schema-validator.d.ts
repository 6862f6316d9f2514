// Types of the validator that scripts/generate-validator.mjs precompiles from
// schemas/xhs-reply.schema.json (the .js beside this file is generated, not committed).
import type { ErrorObject } from 'ajv';

export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

declare const validate: SchemaValidator;
export default validate;
export { validate };
