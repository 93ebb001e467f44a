#pragma once

#include "SecureBuffer.h"
#include "VaultKeys.h"

#include <QByteArray>
#include <QString>

namespace BreachAdvisor::BundleKeys {

constexpr std::size_t kPublicKeySize = 32;  // Ed25519
constexpr std::size_t kSigningKeySize = 64; // Ed25519 (seed and public key)
constexpr std::size_t kContentKeySize = 32;
constexpr std::size_t kSignatureSize = 64;
constexpr int kFormatVersion = 1;          // of the key and signature files below
constexpr qsizetype kMaxFileSize = 64 * 1024; // a key or signature file is a few hundred bytes

// A help desk's keys: it signs with the signing key; the content key encrypts what it hands
// out (agents hold it alone: they can read, not sign).
struct HelpDeskKeys
{
    QByteArray publicKey; // kPublicKeySize
    SecureBuffer signingKey;
    SecureBuffer contentKey;
};

HelpDeskKeys generate();

// PREFIX.secret: JSON naming the public key, the Argon2id parameters and salt, and the
// signing and content keys sealed with XChaCha20-Poly1305 under the key derived from the
// passphrase (normalized as the vault's are).
QByteArray sealedSecretFile(const HelpDeskKeys &keys, const SecureBuffer &passphrase, const KdfParams &params);
// Throws Error(WrongCredentials) for a wrong passphrase or altered file, Error(RejectedInput)
// for a file that is not one (name says which, in the message), of a newer format, or with
// Argon2 parameters out of bounds.
HelpDeskKeys openSecretFile(const QByteArray &file, const SecureBuffer &passphrase, const QString &name);

// PREFIX.pub: "breach-advisor-signer 1 BASE64\n", the public key people trust.
QByteArray publicKeyFile(const QByteArray &publicKey);
QByteArray parsePublicKeyFile(const QByteArray &file, const QString &name);
// The same key for OpenSSL (SubjectPublicKeyInfo, PEM): `openssl pkeyutl -verify -rawin`.
QByteArray publicKeyPem(const QByteArray &publicKey);
// How people compare keys by eye or over the phone: 8 groups of 4 hex digits of its BLAKE2b.
QString fingerprint(const QByteArray &publicKey);

// PREFIX.agent: "breach-advisor-agent-key 1 BASE64\n" in secure memory, the content key alone.
SecureBuffer agentKeyFile(const SecureBuffer &contentKey);
SecureBuffer parseAgentKeyFile(const SecureBuffer &file, const QString &name);
// The file at path read straight into secure memory, then parsed; throws NotFound for one
// that cannot be read, RejectedInput as parseAgentKeyFile.
SecureBuffer readAgentKeyFile(const QString &path);
// PREFIX.pub read (at most kMaxFileSize) and parsed, with the errors of readAgentKeyFile.
QByteArray readPublicKeyFile(const QString &path);

// Ed25519 over the whole message (as OpenSSL verifies it), and its file:
// "breach-advisor-signature 1 PUBLIC-KEY-BASE64 SIGNATURE-BASE64\n".
QByteArray sign(const QByteArray &message, const HelpDeskKeys &keys);
bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey);
QByteArray signatureFile(const QByteArray &publicKey, const QByteArray &signature);
struct Signature
{
    QByteArray publicKey;
    QByteArray signature;
};
Signature parseSignatureFile(const QByteArray &file, const QString &name);

} // namespace BreachAdvisor::BundleKeys
