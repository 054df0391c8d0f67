import type { interviews as es } from '../es/interviews';
import type { Widen } from '../widen';

export const interviews: Widen<typeof es> = {};
