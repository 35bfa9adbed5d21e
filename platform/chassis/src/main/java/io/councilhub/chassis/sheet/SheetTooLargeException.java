package io.councilhub.chassis.sheet;

/**
 * A file over {@link SheetSettings#maxFileSize()} or with more rows than {@link SheetSettings#maxRows()}: a 413
 * problem (the chassis' problem advice maps it).
 */
public class SheetTooLargeException extends RuntimeException {

    public SheetTooLargeException(String message) {
        super(message);
    }
}
