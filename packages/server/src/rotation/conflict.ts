// A write that the campaign's status does not allow (submit a draft, edit a published plan) is a conflict:
// HTTP 409, mapped by the rotation routes' error handler (shared/conflict.ts).
import { AreaConflict } from '../shared/conflict';

export class RotationConflict extends AreaConflict {
  override name = 'RotationConflict';
  override readonly code = 'ROTATION_CONFLICT';
}
