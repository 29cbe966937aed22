/** A Go text/template engine with Flux's commit-message data model: pure, no I/O. */
export {
  buildMessageData,
  DEFAULT_COMMIT_MESSAGE,
  type MessageDataInput,
  type ObjectId,
  type RecordedChange,
  renderCommitMessage,
} from './flux-data.js';
export { FuncError, type FuncSpec, spec } from './functions.js';
export type { Delimiters } from './lexer.js';
export { parseTemplate, Template, type TemplateOptions } from './template.js';
export { TemplateError } from './template-error.js';
export { type GoField, GoMap, type GoMethod, GoStruct, typedSlice } from './values.js';
