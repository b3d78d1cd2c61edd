/**
 * What an id looks like: lowercase Latin words joined by hyphens (`street-robbery`). Entry
 * file names, data records and named steps all become parts of addresses, so all share it.
 */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
