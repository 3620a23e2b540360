// Produces vectors.json: signed responses, a webhook, license/machine files and signed license keys, made the
// way Keygen makes them (keygen-api.md §1.14-1.17) but with Node's built-in crypto only, so the SDK's
// verifiers are checked against an independent implementation. Run: node make-vectors.mjs > vectors.json
import {
  constants, createCipheriv, createHash, createHmac, generateKeyPairSync, privateEncrypt, randomBytes, randomUUID, sign,
} from 'node:crypto';

const NOW = new Date('2025-12-02T10:00:00.000Z');
const httpDate = (date) => date.toUTCString();
const iso = (date) => date.toISOString();
const at = (seconds) => new Date(NOW.getTime() + seconds * 1000);

const ed25519 = generateKeyPairSync('ed25519');
const otherEd25519 = generateKeyPairSync('ed25519');
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const otherRsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ecdsa = generateKeyPairSync('ec', { namedCurve: 'P-256' });

const ed25519Hex = (pair) => Buffer.from(pair.publicKey.export({ format: 'jwk' }).x, 'base64url').toString('hex');
const spkiPem = (pair) => pair.publicKey.export({ type: 'spki', format: 'pem' });

const base64 = (bytes) => Buffer.from(bytes).toString('base64');
// Ruby's Base64.urlsafe_encode64 keeps the '=' padding; Node's 'base64url' drops it.
const rubyUrlSafe = (bytes) => base64(bytes).replaceAll('+', '-').replaceAll('/', '_');
const jwtPart = (bytes) => Buffer.from(bytes).toString('base64url');

function signWith(algorithm, data) {
  switch (algorithm) {
    case 'ed25519': return sign(null, data, ed25519.privateKey);
    case 'rsa-sha256': return sign('sha256', data, rsa.privateKey);
    case 'rsa-pss-sha256': // Keygen: salt_length: :max, MGF1-SHA256
      return sign('sha256', data, { key: rsa.privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_MAX_SIGN });
    case 'rsa-pss-sha256-digest-salt': // what .NET's RSA.SignData(Pss) produces: salt = hash length
      return sign('sha256', data, { key: rsa.privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 });
    case 'ecdsa-p256': return sign('sha256', data, ecdsa.privateKey);
    default: throw new Error(algorithm);
  }
}

// The four-line signing string of keygen-api.md §1.14; `host` is signed without its port.
function signedMessage({ name, method, target, requestHost, date = NOW, body, algorithm = 'ed25519', extraHeaders = {} }) {
  const host = requestHost.replace(/:\d+$/, '');
  const digest = `sha-256=${base64(createHash('sha256').update(body).digest())}`;
  const signingString = [
    `(request-target): ${method.toLowerCase()} ${target}`, `host: ${host}`, `date: ${httpDate(date)}`, `digest: ${digest}`,
  ].join('\n');
  const signature = base64(signWith(algorithm, Buffer.from(signingString, 'utf8')));
  return {
    name, method, target, host: requestHost, body,
    headers: {
      Date: httpDate(date), Digest: digest, 'Keygen-Date': httpDate(date), 'Keygen-Digest': digest,
      'Keygen-Signature': `keyid="acme-account-id", algorithm="${algorithm}", signature="${signature}", headers="(request-target) host date digest"`,
      ...extraHeaders,
    },
  };
}

const licenseId = randomUUID();
const productId = randomUUID();
const policyId = randomUUID();
const licenseKey = 'ACME-4F2C1A-9B7E3D-7A1C55-E0D9B2-V3';
const fingerprint = 'c3b5e1f0d2a44f6b8e9c7d1a2b3c4d5e';

const licenseDocument = (meta) => ({
  data: {
    id: licenseId, type: 'licenses',
    attributes: { name: 'Vector license', key: licenseKey, expiry: null, status: 'ACTIVE', maxMachines: 3 },
    relationships: {
      product: { data: { type: 'products', id: productId } },
      policy: { data: { type: 'policies', id: policyId } },
      entitlements: { data: [{ type: 'entitlements', id: 'ent-a' }, { type: 'entitlements', id: 'ent-b' }] },
    },
  },
  included: [
    { id: 'ent-a', type: 'entitlements', attributes: { name: 'Feature A', code: 'FEATURE_A' } },
    { id: 'ent-b', type: 'entitlements', attributes: { name: 'Feature B', code: 'FEATURE_B' } },
    { id: productId, type: 'products', attributes: { name: 'Vector product' } },
    { id: policyId, type: 'policies', attributes: { name: 'Vector policy' } },
  ],
  meta,
});

const machineDocument = (meta) => ({
  data: { id: randomUUID(), type: 'machines', attributes: { fingerprint, name: 'build-agent' }, relationships: { license: { data: { type: 'licenses', id: licenseId } } } },
  included: [licenseDocument(meta).data],
  meta,
});

const fileMeta = (issuedOffset, ttl) => {
  const issued = at(issuedOffset);
  return { issued: iso(issued), expiry: ttl === null ? null : iso(new Date(issued.getTime() + ttl * 1000)), ttl };
};

// keygen-api.md §1.17: enc = base64(plaintext) or base64(ct).base64(iv).base64(tag) with key SHA-256(secret).
function encode(plaintext, encryption, secret) {
  if (encryption === 'base64') return base64(plaintext);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', createHash('sha256').update(secret).digest(), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return [base64(ciphertext), base64(iv), base64(cipher.getAuthTag())].join('.');
}

function certificate({ name, kind, document, algorithm, secret }) {
  const [encryption, signing] = algorithm.split('+');
  const enc = encode(Buffer.from(JSON.stringify(document), 'utf8'), encryption, secret);
  const sig = base64(signWith(signing, Buffer.from(`${kind}/${enc}`, 'utf8')));
  const payload = base64(Buffer.from(JSON.stringify({ enc, sig, alg: algorithm }), 'utf8'));
  const lines = payload.match(/.{1,60}/g).join('\n'); // Ruby's Base64.encode64 wraps at 60
  const label = kind === 'license' ? 'LICENSE FILE' : 'MACHINE FILE';
  return { name, kind, algorithm, certificate: `-----BEGIN ${label}-----\n${lines}\n-----END ${label}-----\n`, meta: document.meta };
}

// keygen-api.md §1.16 and app/models/license.rb: `key/<urlsafe(dataset)>.<urlsafe(sig)>`, padding kept.
function signedKey(scheme, dataset, algorithm) {
  const signingData = `key/${rubyUrlSafe(Buffer.from(dataset, 'utf8'))}`;
  return { scheme, dataset, key: `${signingData}.${rubyUrlSafe(signWith(algorithm, Buffer.from(signingData, 'utf8')))}` };
}

function jwtKey(claims) {
  const signingInput = `${jwtPart(JSON.stringify({ alg: 'RS256' }))}.${jwtPart(JSON.stringify(claims))}`;
  return { scheme: 'RSA_2048_JWT_RS256', dataset: JSON.stringify(claims), key: `${signingInput}.${jwtPart(signWith('rsa-sha256', Buffer.from(signingInput)))}` };
}

const defaultDataset = JSON.stringify({
  account: { id: 'acme-account-id' }, product: { id: productId }, policy: { id: policyId, duration: 31556952 },
  user: null, license: { id: licenseId, created: iso(at(-86400)), expiry: iso(at(86400 * 365)) },
});
const encryptDataset = JSON.stringify({ id: licenseId, created: iso(at(-86400)), duration: 31556952, expiry: iso(at(86400 * 365)) });
const seconds = (date) => Math.floor(date.getTime() / 1000);
const jwtClaims = (exp) => ({ jti: randomUUID(), iss: 'https://keygen.sh', aud: 'acme-account-id', sub: licenseId, iat: seconds(at(-86400)), nbf: seconds(at(-86400)), ...(exp === undefined ? {} : { exp }) });

const webhookPayload = JSON.stringify(licenseDocument({}));
const webhookBody = JSON.stringify({
  data: {
    id: randomUUID(), type: 'webhook-events',
    attributes: { endpoint: 'https://hooks.example.com/keygen/events?source=keygen', apiVersion: '1.8', payload: webhookPayload, event: 'license.created', status: 'DELIVERING', lastResponseCode: null, lastResponseBody: null, created: iso(NOW), updated: iso(NOW) },
    relationships: {}, links: {}, meta: { idempotencyToken: createHash('sha256').update(randomUUID()).digest('hex') },
  },
});

const listBody = JSON.stringify({ data: [licenseDocument({}).data], links: { self: '/v1/accounts/acme/licenses?page%5Bsize%5D=10' }, meta: {} });
const validateBody = JSON.stringify({ meta: { ts: iso(NOW), valid: true, detail: 'is valid', code: 'VALID', scope: { fingerprint } }, data: licenseDocument({}).data });

const vectors = {
  generatedBy: 'make-vectors.mjs (Node built-in crypto only)',
  now: iso(NOW),
  keys: {
    ed25519Hex: ed25519Hex(ed25519),
    ed25519AccountMeta: base64(Buffer.from(ed25519Hex(ed25519), 'utf8')),
    otherEd25519Hex: ed25519Hex(otherEd25519),
    rsaPem: spkiPem(rsa),
    rsaPkcs1Pem: rsa.publicKey.export({ type: 'pkcs1', format: 'pem' }),
    rsaAccountMeta: base64(Buffer.from(spkiPem(rsa), 'utf8')),
    otherRsaPem: spkiPem(otherRsa),
  },
  licenseKey,
  fingerprint,
  // Machine fingerprint: hex(HMAC-SHA256(key = application salt, data = raw machine id)).
  machineFingerprint: { salt: 'com.acme.studio', machineId: '4c4c4544-0042-3510-8052-b7c04f4e3732', expected: createHmac('sha256', 'com.acme.studio').update('4c4c4544-0042-3510-8052-b7c04f4e3732').digest('hex') },
  responses: [
    signedMessage({ name: 'list', method: 'GET', target: '/v1/accounts/acme/licenses?page%5Bsize%5D=10&include=policy', requestHost: 'api.keygen.sh', body: listBody }),
    signedMessage({ name: 'custom-domain-with-port', method: 'POST', target: '/v1/licenses/actions/validate-key', requestHost: 'licensing.example.com:8443', body: validateBody }),
    signedMessage({ name: 'empty-body', method: 'DELETE', target: `/v1/accounts/acme/machines/${randomUUID()}`, requestHost: 'api.keygen.sh', body: '' }),
    signedMessage({ name: 'proxy-rewrote-date', method: 'GET', target: '/v1/accounts/acme/me', requestHost: 'api.keygen.sh', body: validateBody, extraHeaders: { Date: httpDate(at(90)) } }),
    signedMessage({ name: 'rsa-pss-sha256', method: 'GET', target: '/v1/accounts/acme/me', requestHost: 'api.keygen.sh', body: validateBody, algorithm: 'rsa-pss-sha256' }),
    signedMessage({ name: 'rsa-sha256', method: 'GET', target: '/v1/accounts/acme/me', requestHost: 'api.keygen.sh', body: validateBody, algorithm: 'rsa-sha256' }),
    signedMessage({ name: 'ecdsa-p256', method: 'GET', target: '/v1/accounts/acme/me', requestHost: 'api.keygen.sh', body: validateBody, algorithm: 'ecdsa-p256' }),
  ],
  webhook: { url: 'https://hooks.example.com/keygen/events?source=keygen', payload: webhookPayload, ...signedMessage({ name: 'webhook', method: 'POST', target: '/keygen/events?source=keygen', requestHost: 'hooks.example.com', body: webhookBody }) },
  licenseFiles: [
    certificate({ name: 'license-aes', kind: 'license', document: licenseDocument(fileMeta(-3600, 2629746)), algorithm: 'aes-256-gcm+ed25519', secret: licenseKey }),
    certificate({ name: 'license-base64', kind: 'license', document: licenseDocument(fileMeta(-3600, null)), algorithm: 'base64+ed25519' }),
    certificate({ name: 'license-rsa-pss', kind: 'license', document: licenseDocument(fileMeta(-3600, 2629746)), algorithm: 'aes-256-gcm+rsa-pss-sha256', secret: licenseKey }),
    certificate({ name: 'license-ecdsa', kind: 'license', document: licenseDocument(fileMeta(-3600, 2629746)), algorithm: 'base64+ecdsa-p256' }),
    certificate({ name: 'license-expired', kind: 'license', document: licenseDocument(fileMeta(-7200, 3600)), algorithm: 'aes-256-gcm+ed25519', secret: licenseKey }),
    certificate({ name: 'license-issued-in-future', kind: 'license', document: licenseDocument(fileMeta(86400, 2629746)), algorithm: 'aes-256-gcm+ed25519', secret: licenseKey }),
    // Authentic (signed) but malformed datasets: must be typed errors, not crashes.
    certificate({ name: 'license-without-meta', kind: 'license', document: { data: licenseDocument({}).data }, algorithm: 'base64+ed25519' }),
    { ...certificate({ name: 'license-bad-issued', kind: 'license', document: licenseDocument({ issued: 'yesterday', expiry: null, ttl: null }), algorithm: 'base64+ed25519' }), meta: undefined },
    certificate({ name: 'license-not-json', kind: 'license', document: 'not a JSON:API document', algorithm: 'base64+ed25519' }),
    certificate({ name: 'machine-aes', kind: 'machine', document: machineDocument(fileMeta(-3600, 2629746)), algorithm: 'aes-256-gcm+ed25519', secret: licenseKey + fingerprint }),
  ],
  signedKeys: [
    signedKey('ED25519_SIGN', defaultDataset, 'ed25519'),
    signedKey('ED25519_SIGN', 'custom dataset: seats=5', 'ed25519'),
    signedKey('RSA_2048_PKCS1_SIGN_V2', defaultDataset, 'rsa-sha256'),
    signedKey('RSA_2048_PKCS1_PSS_SIGN_V2', defaultDataset, 'rsa-pss-sha256'),
    { ...signedKey('RSA_2048_PKCS1_PSS_SIGN_V2', defaultDataset, 'rsa-pss-sha256-digest-salt'), note: 'salt length 32' },
    { scheme: 'RSA_2048_PKCS1_ENCRYPT', dataset: encryptDataset, key: rubyUrlSafe(privateEncrypt({ key: rsa.privateKey, padding: constants.RSA_PKCS1_PADDING }, Buffer.from(encryptDataset))) },
    jwtKey(jwtClaims(seconds(at(86400 * 365)))),
    { ...jwtKey(jwtClaims(seconds(at(-3600)))), note: 'expired' },
    { ...jwtKey(jwtClaims(undefined)), note: 'no exp' },
  ],
};

process.stdout.write(`${JSON.stringify(vectors, null, 2)}\n`);
