package dev.dhsm.appliance.ntls;

import dev.dhsm.wire.tls.CertifiedKey;
import dev.dhsm.wire.tls.SelfSignedCertificates;
import java.math.BigInteger;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Another self-signed NTLS certificate (the {@code C=CA, ST=Ontario, L=Ottawa, O=Chrysalis-ITS, CN=<cn>} layout)
 * on the key of an existing one, because RSA key generation is slow: NTLS compares whole certificates, not keys.
 */
final class Reissue {

    private Reissue() {
    }

    static CertifiedKey onKeyOf(CertifiedKey base, String cn, long serial, Instant notBefore, Instant notAfter) {
        try {
            X500Name subject = SelfSignedCertificates.subject(cn);
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(base.privateKey());
            X509CertificateHolder holder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(serial),
                    Date.from(notBefore), Date.from(notAfter), subject, base.certificate().getPublicKey())
                    .build(signer);
            return new CertifiedKey(new JcaX509CertificateConverter().getCertificate(holder), base.privateKey());
        } catch (OperatorCreationException | CertificateException e) {
            throw new IllegalStateException(e);
        }
    }
}
