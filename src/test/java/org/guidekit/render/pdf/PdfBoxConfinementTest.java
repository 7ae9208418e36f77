package org.guidekit.render.pdf;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps PDFBox inside this package and this package on the model side of the pipeline. */
@AnalyzeClasses(packages = "org.guidekit", importOptions = ImportOption.DoNotIncludeTests.class)
class PdfBoxConfinementTest {
    @ArchTest
    static final ArchRule PDFBOX_ONLY_IN_RENDER_PDF = noClasses()
            .that().resideOutsideOfPackage("org.guidekit.render.pdf..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..", "org.apache.xmpbox..")
            .because("PDFBox lives in the one package that wraps it, so an upgrade touches one place");

    @ArchTest
    static final ArchRule PDF_RENDERER_READS_ONLY_THE_MODEL = noClasses()
            .that().resideInAPackage("org.guidekit.render.pdf..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.guidekit.read..", "org.guidekit.cli..", "org.guidekit.library..",
                    "org.guidekit.check..")
            .because("renderers read only the model; they never re-parse Markdown or call the CLI");
}
