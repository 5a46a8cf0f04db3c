package dev.dhsm.model;

/** A refused partition-level operation, as the client sees it: a {@link Ckr} code and a short reason. */
public final class CkrException extends RuntimeException {
    private final Ckr ckr;

    public CkrException(Ckr ckr, String reason) {
        super(reason, null, false, false);
        this.ckr = ckr;
    }

    public static CkrException of(Ckr ckr) {
        return new CkrException(ckr, ckr.symbol());
    }

    public Ckr ckr() {
        return ckr;
    }
}
