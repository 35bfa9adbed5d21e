package io.councilhub.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;

/**
 * Makes sure the devstack's token-signing key pair exists: {@code jwt-private.pem} (PKCS#8) and
 * {@code jwt-public.pem} (X.509 SubjectPublicKeyInfo), RSA 2048. Creates them on the first run only; later runs
 * check that the two files still belong together. Local only: never used outside the devstack.
 *
 * <pre>java -cp ... io.councilhub.devstack.DevKeys [keysDir=.data/keys]</pre>
 */
public final class DevKeys {

    static final String PRIVATE_FILE = "jwt-private.pem";
    static final String PUBLIC_FILE = "jwt-public.pem";

    private DevKeys() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : DevTokens.keysDir().toString());
        try {
            System.out.println(ensure(dir));
        } catch (IOException | GeneralSecurityException | IllegalStateException failure) {
            System.err.println("DevKeys: " + failure.getMessage());
            System.exit(1);
        }
    }

    /** Creates the key pair under {@code dir} unless it is there; says which happened. */
    static String ensure(Path dir) throws IOException, GeneralSecurityException {
        Path privateFile = dir.resolve(PRIVATE_FILE);
        Path publicFile = dir.resolve(PUBLIC_FILE);
        boolean hasPrivate = Files.exists(privateFile);
        boolean hasPublic = Files.exists(publicFile);
        if (hasPrivate && hasPublic) {
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) Pem.readPrivateKey(privateFile);
            RSAPublicKey publicKey = Pem.readPublicKey(publicFile);
            if (!privateKey.getModulus().equals(publicKey.getModulus())) {
                throw new IllegalStateException(privateFile + " and " + publicFile
                        + " are not one key pair: delete both (or ./run reset) to make a new pair");
            }
            return "DevKeys: using the existing key pair in " + dir.toAbsolutePath();
        }
        if (hasPrivate || hasPublic) {
            throw new IllegalStateException("only one of " + PRIVATE_FILE + " and " + PUBLIC_FILE + " exists in "
                    + dir.toAbsolutePath() + ": delete it (or ./run reset) to make a new pair");
        }
        Files.createDirectories(dir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        write(privateFile, Pem.encode(Pem.PRIVATE, pair.getPrivate().getEncoded()), true);
        write(publicFile, Pem.encode(Pem.PUBLIC, pair.getPublic().getEncoded()), false);
        return "DevKeys: created an RSA 2048 key pair in " + dir.toAbsolutePath();
    }

    /** Writes through a temporary file and a move, so a crash never leaves half a key behind. */
    private static void write(Path file, String pem, boolean secret) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            // A temporary file starts owner-only: right for the private key; the public one is for everyone.
            trySetPermissions(temporary, secret ? "rw-------" : "rw-r--r--");
            Files.writeString(temporary, pem);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void trySetPermissions(Path file, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // Not a POSIX file system: the key stays as readable as the directory makes it.
        }
    }
}
