/** Library entries keep either a full link (a clinic's own YouTube/Vimeo/any video) or a path under VIDEO_BASE_URL. */
export function resolveVideoUrl(stored: string, videoBaseUrl: string): string {
  if (/^https?:\/\//i.test(stored)) return stored;
  return new URL(stored.replace(/^\/+/, ""), videoBaseUrl.endsWith("/") ? videoBaseUrl : `${videoBaseUrl}/`).toString();
}
