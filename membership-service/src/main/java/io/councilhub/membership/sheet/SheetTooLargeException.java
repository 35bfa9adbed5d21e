package io.councilhub.membership.sheet;

/** A file over {@link SheetSettings#maxFileSize()} or with more rows than {@link SheetSettings#maxRows()}: 413. */
public class SheetTooLargeException extends RuntimeException {

    public SheetTooLargeException(String message) {
        super(message);
    }
}
