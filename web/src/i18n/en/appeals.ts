import type { appeals as es } from '../es/appeals';
import type { Widen } from '../widen';

export const appeals: Widen<typeof es> = {};
