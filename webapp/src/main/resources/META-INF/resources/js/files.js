// Saving a file the page made or fetched (a CSV export, the customer's data): a plain link cannot carry the
// Authorization header, so the bytes come first and a temporary object URL hands them to the browser.

/** Offers `blob` to the browser's downloads as `name`. */
export function saveFile(blob, name) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
