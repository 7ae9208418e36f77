package org.guidekit.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * guidekit's production classes as ArchUnit sees them, imported once per test run and shared by every
 * architecture rule (each import took one to two seconds).
 */
public final class GuidekitClasses {
    private static JavaClasses classes;

    private GuidekitClasses() {
    }

    public static synchronized JavaClasses production() {
        if (classes == null) {
            classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.guidekit");
        }
        return classes;
    }
}
