// Produces artifact-vectors.json: release artifacts checksummed and signed the way Keygen's CLI does it
// (`keygen upload`: SHA-512 checksum in base64 without padding; Ed25519ph over the file with the product id as the
// context, or plain Ed25519), made with @noble/curves and @noble/hashes, a second implementation independent of the
// BouncyCastle code the SDK uses. Deterministic: the same key and files every run.
// Run once (network needed for npm): npm ci && node make-artifact-vectors.mjs > artifact-vectors.json
import { ed25519, ed25519ph } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/curves/utils.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';

const utf8 = (text) => new TextEncoder().encode(text);
const base64 = (bytes) => Buffer.from(bytes).toString('base64');
const base64Raw = (bytes) => base64(bytes).replace(/=+$/, '');

// Keys: seeds derived from fixed labels, so the vectors do not change between runs.
const seed = sha256(utf8('keygengen artifact vectors: signing key'));
const otherSeed = sha256(utf8('keygengen artifact vectors: another key'));
const publicKey = ed25519.getPublicKey(seed);
const productId = '2313b7e7-1ea6-4a01-901e-2931de6bb1e2';
const otherProductId = '9a0e4f5c-5d2b-4f0e-8a51-6f1f2e7c3b10';

// A file of `length` bytes with no short period, so a flipped or missing byte anywhere changes every hash.
function file(length, salt) {
  const bytes = new Uint8Array(length);
  let state = 0x9e3779b9 ^ salt;
  for (let i = 0; i < length; i++) {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

const context = (id) => ({ context: utf8(id) });
// noble's Ed25519ph hashes the message with SHA-512 itself: signing the file equals Go's signing of its SHA-512 digest.
const signPh = (content, id, key = seed) => ed25519ph.sign(content, key, context(id));
const signPlain = (content, key = seed) => ed25519.sign(content, key);

const installer = file(4099, 1);
const tampered = Uint8Array.from(installer, (b, i) => (i === 2048 ? b ^ 0x01 : b));
const empty = new Uint8Array(0);

const vector = (name, algorithm, content, { checksum, signature, valid, reason = null }) => ({
  name, algorithm, content: base64(content), filesize: content.length, checksum, signature, valid, reason,
});

const vectors = [
  vector('ed25519ph, the CLI default', 'Ed25519ph', installer,
    { checksum: base64Raw(sha512(installer)), signature: base64Raw(signPh(installer, productId)), valid: true }),
  vector('plain ed25519 over the whole file', 'Ed25519', installer,
    { checksum: base64Raw(sha512(installer)), signature: base64Raw(signPlain(installer)), valid: true }),
  vector('plain ed25519 over an empty file', 'Ed25519', empty,
    { checksum: base64Raw(sha512(empty)), signature: base64Raw(signPlain(empty)), valid: true }),
  vector('hex signature, hex SHA-256 checksum (the CLI\'s other encodings)', 'Ed25519ph', installer,
    { checksum: bytesToHex(sha256(installer)), signature: bytesToHex(signPh(installer, productId)), valid: true }),
  vector('padded base64 signature and checksum', 'Ed25519ph', installer,
    { checksum: base64(sha512(installer)), signature: base64(signPh(installer, productId)), valid: true }),
  vector('signed for another product', 'Ed25519ph', installer,
    { checksum: base64Raw(sha512(installer)), signature: base64Raw(signPh(installer, otherProductId)), valid: false, reason: 'SignatureInvalid' }),
  vector('signed with another key', 'Ed25519ph', installer,
    { checksum: base64Raw(sha512(installer)), signature: base64Raw(signPh(installer, productId, otherSeed)), valid: false, reason: 'SignatureInvalid' }),
  vector('one byte changed, checksum recomputed, signature of the original', 'Ed25519ph', tampered,
    { checksum: base64Raw(sha512(tampered)), signature: base64Raw(signPh(installer, productId)), valid: false, reason: 'SignatureInvalid' }),
  vector('one byte changed, plain ed25519', 'Ed25519', tampered,
    { checksum: base64Raw(sha512(tampered)), signature: base64Raw(signPlain(installer)), valid: false, reason: 'SignatureInvalid' }),
  vector('one byte changed, checksum of the original', 'Ed25519ph', tampered,
    { checksum: base64Raw(sha512(installer)), signature: base64Raw(signPh(installer, productId)), valid: false, reason: 'ChecksumMismatch' }),
  vector('an Ed25519ph signature checked as plain ed25519', 'Ed25519', installer,
    { checksum: base64Raw(sha512(installer)), signature: base64Raw(signPh(installer, productId)), valid: false, reason: 'SignatureInvalid' }),
];

console.log(JSON.stringify({
  generator: 'make-artifact-vectors.mjs with @noble/curves 2.4.0',
  productId,
  // As `keygen genkey` writes them: Go's private key form (seed, then public key) and the public key, in hex.
  signingKey: bytesToHex(seed) + bytesToHex(publicKey),
  publicKey: bytesToHex(publicKey),
  otherPublicKey: bytesToHex(ed25519.getPublicKey(otherSeed)),
  vectors,
}, null, 2));
