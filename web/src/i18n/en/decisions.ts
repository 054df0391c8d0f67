import type { decisions as es } from '../es/decisions';
import type { Widen } from '../widen';

export const decisions: Widen<typeof es> = {};
