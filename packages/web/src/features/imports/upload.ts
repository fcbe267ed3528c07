// Sending the workbook as the raw request body with upload progress (fetch cannot report it; XMLHttpRequest can).
import { API_BASE } from '../../app/api/client';
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from '../../app/api/csrf';
import { ApiError, NETWORK_ERROR, parseErrorBody } from '../../app/api/errors';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface UploadOptions {
  onProgress?: (percent: number) => void;
  /** 'blob' for an .xlsx answer (the errors workbook); JSON otherwise. */
  as?: 'json' | 'blob';
}

export function uploadWorkbook<T>(path: string, file: Blob, options: UploadOptions = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_BASE}${path}`);
    xhr.setRequestHeader('content-type', XLSX_TYPE);
    const token = readCookie(document.cookie, CSRF_COOKIE);
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.responseType = options.as === 'blob' ? 'blob' : 'text';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, NETWORK_ERROR, 'network error'));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve((options.as === 'blob' ? xhr.response : JSON.parse(xhr.responseText as string)) as T);
        return;
      }
      const text = options.as === 'blob' ? '' : (xhr.responseText as string);
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // keep the text
      }
      reject(parseErrorBody(xhr.status, body));
    };
    xhr.send(file);
  });
}

/** Offers a Blob as a download with the given file name. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
