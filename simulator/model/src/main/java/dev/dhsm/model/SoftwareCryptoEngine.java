package dev.dhsm.model;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The HSM card's cryptography done in software: the JDK for RSA and AES (fast intrinsics), BouncyCastle
 * for elliptic curves (several times faster than the JDK's EC), keys sealed with AES-256-GCM.
 */
public final class SoftwareCryptoEngine implements CryptoEngine {
    private static final byte[] DOMAIN_SALT = "dhsm cloning domain v1".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final int GCM_IV = 12;

    private final SecureRandom random = new SecureRandom();

    @Override
    public GeneratedKeyPair generateKeyPair(KeyType type, int bits, String curve) {
        try {
            KeyPairGenerator g;
            if (type == KeyType.RSA) {
                g = KeyPairGenerator.getInstance("RSA");
                g.initialize(bits, random);
            } else if (type == KeyType.EC) {
                g = KeyPairGenerator.getInstance("EC", bc());
                g.initialize(new ECGenParameterSpec(curveName(curve)), random);
            } else {
                throw new CkrException(Ckr.MECHANISM_INVALID, "no key pair for " + type);
            }
            KeyPair kp = g.generateKeyPair();
            return new GeneratedKeyPair(kp.getPublic().getEncoded(), kp.getPrivate().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new CkrException(Ckr.KEY_SIZE_RANGE, e.getMessage());
        }
    }

    @Override
    public byte[] generateSecret(int bits) {
        return random(bits / 8);
    }

    @Override
    public byte[] random(int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        return b;
    }

    @Override
    public byte[] seal(byte[] key, byte[] plaintext) {
        try {
            byte[] iv = random(GCM_IV);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
            byte[] ct = c.doFinal(plaintext);
            byte[] out = Arrays.copyOf(iv, GCM_IV + ct.length);
            System.arraycopy(ct, 0, out, GCM_IV, ct.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new CkrException(Ckr.DEVICE_ERROR, "seal failed");
        }
    }

    @Override
    public byte[] unseal(byte[] key, byte[] sealed) {
        try {
            if (sealed == null || sealed.length <= GCM_IV) {
                throw new CkrException(Ckr.ENCRYPTED_DATA_INVALID, "sealed blob too short");
            }
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, sealed, 0, GCM_IV));
            return c.doFinal(sealed, GCM_IV, sealed.length - GCM_IV);
        } catch (GeneralSecurityException e) {
            throw new CkrException(Ckr.ENCRYPTED_DATA_INVALID, "blob does not open under this key");
        }
    }

    @Override
    public byte[] domainKey(String domain) {
        try {
            PBEKeySpec spec = new PBEKeySpec(domain.toCharArray(), DOMAIN_SALT, 10_000, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new CkrException(Ckr.DEVICE_ERROR, "domain key derivation failed");
        }
    }

    @Override
    public String fingerprint(byte[] domainKey) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(domainKey);
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new CkrException(Ckr.DEVICE_ERROR, "digest failed");
        }
    }

    @Override
    public PrivateKey privateKey(KeyType type, byte[] pkcs8) {
        try {
            return factory(type).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new CkrException(Ckr.KEY_TYPE_INCONSISTENT, "not a " + type + " private key");
        }
    }

    @Override
    public PublicKey publicKey(KeyType type, byte[] x509) {
        try {
            return factory(type).generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new CkrException(Ckr.KEY_TYPE_INCONSISTENT, "not a " + type + " public key");
        }
    }

    @Override
    public Key secretKey(byte[] raw) {
        return new SecretKeySpec(raw, "AES");
    }

    @Override
    public byte[] sign(Mechanism mechanism, PrivateKey key, byte[] data) {
        try {
            Signature s = signature(mechanism);
            s.initSign(key, random);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new CkrException(Ckr.KEY_TYPE_INCONSISTENT, "cannot sign with this key and mechanism");
        }
    }

    @Override
    public boolean verify(Mechanism mechanism, PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature s = signature(mechanism);
            s.initVerify(key);
            s.update(data);
            return s.verify(signature);
        } catch (java.security.SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new CkrException(Ckr.KEY_TYPE_INCONSISTENT, "cannot verify with this key and mechanism");
        }
    }

    @Override
    public byte[] encrypt(Mechanism mechanism, Key key, MechanismParams params, byte[] data) {
        return cipher(Cipher.ENCRYPT_MODE, mechanism, key, params, data);
    }

    @Override
    public byte[] decrypt(Mechanism mechanism, Key key, MechanismParams params, byte[] data) {
        return cipher(Cipher.DECRYPT_MODE, mechanism, key, params, data);
    }

    private byte[] cipher(int mode, Mechanism mechanism, Key key, MechanismParams params, byte[] data) {
        try {
            Cipher c;
            switch (mechanism) {
                case AES_GCM -> {
                    if (params == null || params.iv() == null || params.iv().length == 0) {
                        throw new CkrException(Ckr.MECHANISM_PARAM_INVALID, "AES-GCM needs an IV");
                    }
                    c = Cipher.getInstance("AES/GCM/NoPadding");
                    int tag = params.tagBits() == 0 ? 128 : params.tagBits();
                    c.init(mode, key, new GCMParameterSpec(tag, params.iv()));
                    if (params.aad() != null) {
                        c.updateAAD(params.aad());
                    }
                }
                case RSA_PKCS_OAEP -> {
                    c = Cipher.getInstance("RSA/ECB/OAEPPadding");
                    c.init(mode, key, new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
                            PSource.PSpecified.DEFAULT));
                }
                case AES_KEY_WRAP_PAD -> {
                    c = Cipher.getInstance("AES/KWP/NoPadding");
                    c.init(mode, key);
                }
                default -> throw new CkrException(Ckr.MECHANISM_INVALID, mechanism + " does not encrypt");
            }
            return c.doFinal(data);
        } catch (javax.crypto.BadPaddingException e) {
            throw new CkrException(mode == Cipher.DECRYPT_MODE ? Ckr.ENCRYPTED_DATA_INVALID : Ckr.DATA_INVALID,
                    "data does not decrypt under this key");
        } catch (javax.crypto.IllegalBlockSizeException e) {
            throw new CkrException(Ckr.DATA_LEN_RANGE, "data length out of range");
        } catch (GeneralSecurityException e) {
            throw new CkrException(Ckr.KEY_TYPE_INCONSISTENT, "key does not fit " + mechanism);
        }
    }

    private Signature signature(Mechanism mechanism) throws GeneralSecurityException {
        return switch (mechanism) {
            case SHA256_RSA_PKCS -> Signature.getInstance("SHA256withRSA");
            case SHA384_RSA_PKCS -> Signature.getInstance("SHA384withRSA");
            case SHA512_RSA_PKCS -> Signature.getInstance("SHA512withRSA");
            case SHA256_RSA_PKCS_PSS -> {
                Signature s = Signature.getInstance("RSASSA-PSS");
                s.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
                yield s;
            }
            case ECDSA -> Signature.getInstance("NONEwithECDSA", bc());
            case ECDSA_SHA256 -> Signature.getInstance("SHA256withECDSA", bc());
            case ECDSA_SHA384 -> Signature.getInstance("SHA384withECDSA", bc());
            default -> throw new CkrException(Ckr.MECHANISM_INVALID, mechanism + " does not sign");
        };
    }

    private KeyFactory factory(KeyType type) throws GeneralSecurityException {
        return switch (type) {
            case RSA -> KeyFactory.getInstance("RSA");
            case EC -> KeyFactory.getInstance("EC", bc());
            default -> throw new CkrException(Ckr.KEY_TYPE_INCONSISTENT, type + " has no key pair");
        };
    }

    /** BouncyCastle, built on first use: constructing it costs most of a second, and many appliances never need EC. */
    private static Provider bc() {
        return LazyProvider.BC;
    }

    /** Holds the one BouncyCastle provider instance (stateless) until something needs it. */
    private static final class LazyProvider {
        static final Provider BC = new BouncyCastleProvider();
    }

    static String curveName(String curve) {
        if (curve == null) {
            return "secp256r1";
        }
        return switch (curve.toUpperCase(java.util.Locale.ROOT)) {
            case "P-256", "P256", "SECP256R1", "PRIME256V1" -> "secp256r1";
            case "P-384", "P384", "SECP384R1" -> "secp384r1";
            default -> throw new CkrException(Ckr.KEY_SIZE_RANGE, "unsupported curve " + curve);
        };
    }
}
