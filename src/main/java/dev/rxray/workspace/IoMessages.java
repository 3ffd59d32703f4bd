package dev.rxray.workspace;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Turns an I/O failure into a short sentence a user can act on, instead of a stack trace. */
public final class IoMessages {
    private IoMessages() {
    }

    public static String describe(IOException e) {
        return switch (e) {
            case NoSuchFileException ignored -> "the file or its folder does not exist";
            case AccessDeniedException ignored -> "permission denied";
            case NotDirectoryException ignored -> "a part of the path is not a folder";
            case DirectoryNotEmptyException ignored -> "a folder is in the way";
            case FileSystemException fs when fs.getReason() != null -> fs.getReason();
            case CharacterCodingException ignored -> "the file is not text";
            default -> e.getMessage() == null || e.getMessage().isBlank()
                    ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
