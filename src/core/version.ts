/** The product's own name and version, stamped into every report. */
export const TOOL = {
  name: 'db-posture',
  version: '0.1.0',
  url: 'https://github.com/db-posture/db-posture'
} as const;
