// Where the user's own templates are saved: apart from their store, so "Forget everything" and
// the first download can name the key without loading the store.

export const TEMPLATES_KEY = 'case-clinic-timer:templates';
export const TEMPLATES_BACKUP_PREFIX = 'case-clinic-timer:templates-backup:';
