// CSV exports need the Authorization header, which a plain link cannot send: fetch, then save the blob.
import { accessToken } from '../session.js';
import { saveFile } from '../files.js';

/** Downloads the file at `url` with the signed-in user's token; answers an error message or null. */
export async function download(url, fallbackName) {
  let response;
  try {
    response = await fetch(url, { headers: { Authorization: `Bearer ${accessToken()}` } });
  } catch {
    return 'The download could not start: the service did not answer.';
  }
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    return body?.message ?? `The download failed (${response.status}).`;
  }
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  saveFile(blob, name);
  return null;
}
