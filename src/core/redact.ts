/**
 * Removes secrets from any text that leaves the process (errors, logs, reports). Secrets are
 * registered as they are parsed; the URL-encoded and decoded forms are both scrubbed, and any
 * `scheme://user:password@` userinfo is masked even when the password was never registered.
 */
export class Redactor {
  private readonly secrets = new Set<string>();

  /** Registers a secret (ignored when empty or too short to be meaningful). */
  add(secret: string | undefined): void {
    if (!secret || secret.length < 3) return;
    this.secrets.add(secret);
    try {
      const decoded = decodeURIComponent(secret);
      if (decoded.length >= 3) this.secrets.add(decoded);
    } catch {
      // not URL-encoded
    }
    this.secrets.add(encodeURIComponent(secret));
  }

  /** Every registered secret, longest first. */
  list(): string[] {
    return [...this.secrets].sort((a, b) => b.length - a.length);
  }

  scrub(text: string): string {
    // The documented placeholder "user:password@" is our own hint, not a credential.
    let out = text.replace(
      /([a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:)([^@\s/]*)@/gi,
      (m, head: string, pw: string) => (pw === 'password' && head.endsWith('//user:') ? m : `${head}***@`)
    );
    for (const secret of this.list()) out = out.split(secret).join('***');
    return out;
  }
}
