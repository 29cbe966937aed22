/** `$imagepolicy` markers: Flux's file screen, comment parse and scalar visit. */

export {
  isManifestFileName,
  MARKER_TOKEN,
  MAX_FILE_BYTES,
  normaliseScanPath,
  relativeTo,
  type WalkedFile,
  type WalkResult,
  walkManifestFiles,
} from './file-walk.js';
export {
  type CommentReading,
  type Marker,
  type MarkerProblem,
  parseSetterName,
  readMarkerComment,
  type SetterField,
} from './marker-comment.js';
export { type FileMarkers, type FluxObjectId, parseMarkers, type Setter } from './marker-parse.js';
export { type MarkerScan, type ScannedFile, scanMarkers } from './marker-scan.js';
