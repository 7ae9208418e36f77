package org.guidekit.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceRule;

/**
 * The architecture of docs/architecture.md, one content model and many editions, as rules over guidekit's
 * production classes (imported once, for all of them). Each rule says in its {@code because} which promise it
 * keeps. Rules do not repeat each other: who may use the importer and the workspace is said once (only the command
 * line), and a library confined to one class is thereby confined to its package. The groups:
 * <ol>
 *   <li>one content model, dependencies pointing one way: {@code cli}/{@code serve} → {@code library} →
 *       {@code render.*} → {@code model}; {@code read} → {@code model}; {@code check} → {@code model};</li>
 *   <li>each third-party library stays in the package (or class) that wraps it;</li>
 *   <li>renderers do not know each other; the timed formats share the synthesis through its entry points;</li>
 *   <li>no cycles between guidekit's packages;</li>
 *   <li>a type is public only when another package uses it.</li>
 * </ol>
 */
@AnalyzeClasses(packages = "org.guidekit", importOptions = ImportOption.DoNotIncludeTests.class)
class OneContentModelArchitectureTest {

    // 1. One content model, dependencies pointing one way.

    @ArchTest
    static final ArchRule theModelDependsOnNothingAboveIt = noClasses()
            .that().resideInAPackage("org.guidekit.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.guidekit.read..", "org.guidekit.check..",
                    "org.guidekit.render..", "org.guidekit.library..", "org.guidekit.cli..", "org.guidekit.error..")
            .because("the model is the closed core every reader, check and renderer shares");

    @ArchTest
    static final ArchRule readersStopAtTheModel = noClasses()
            .that().resideInAPackage("org.guidekit.read..")
            .should().dependOnClassesThat().resideInAnyPackage("org.guidekit.render..", "org.guidekit.library..",
                    "org.guidekit.cli..")
            .because("readers turn files into the model and stop there: dependencies point one way, "
                    + "cli/serve -> library -> render -> model");

    @ArchTest
    static final ArchRule checksSeeOnlyTheModelAndTheErrorTypes = classes()
            .that().resideInAPackage("org.guidekit.check..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.guidekit.check..",
                    "org.guidekit.model..", "org.guidekit.error..", "org.guidekit.text..")
            .because("checks are pure functions over the model, never a file, a parser or a voice; files and "
                    + "engines are wired in by library and cli (the voice's lexicon through VoiceLexicon); the "
                    + "shared text knowledge (text, JDK only) lets a check find the sentences the voice reads");

    @ArchTest
    static final ArchRule renderersReadOnlyTheModel = noClasses()
            .that().resideInAPackage("org.guidekit.render..")
            .should().dependOnClassesThat().resideInAnyPackage("org.guidekit.read..", "org.guidekit.library..",
                    "org.guidekit.cli..")
            .because("renderers see only the model, never the source files, the build or the command line");

    @ArchTest
    static final ArchRule onlyTheVoiceMeetsTheChecks = noClasses()
            .that().resideInAPackage("org.guidekit.render..")
            .and().resideOutsideOfPackage("org.guidekit.render.audio..")
            .should().dependOnClassesThat().resideInAPackage("org.guidekit.check..")
            .because("renderers read the model, not the checks' findings; only the voice lends its lexicon to the "
                    + "speech checks (FreeTtsLexicon implements check.VoiceLexicon)");

    @ArchTest
    static final ArchRule theImporterWritesMarkdownOnly = noClasses()
            .that().resideInAPackage("org.guidekit.importer..")
            .should().dependOnClassesThat().resideInAnyPackage("org.guidekit.read..", "org.guidekit.render..",
                    "org.guidekit.library..", "org.guidekit.cli..")
            .because("the importer's output is a guide file, which the reader then reads like any other");

    @ArchTest
    static final ArchRule onlyTheFrontEndsImport = noClasses()
            .that().resideOutsideOfPackages("org.guidekit.importer..", "org.guidekit.cli..", "org.guidekit.serve..")
            .should().dependOnClassesThat().resideInAPackage("org.guidekit.importer..")
            .because("importing a Word leaflet is something staff ask for (guidekit import, or the workspace's "
                    + "upload), not a step of a build");

    @ArchTest
    static final ArchRule theWorkspaceSitsBesideTheCommandLine = noClasses()
            .that().resideInAPackage("org.guidekit.serve..")
            .should().dependOnClassesThat().resideInAPackage("org.guidekit.cli..")
            .because("the workspace is a front end like the command line: both stand on the library");

    @ArchTest
    static final ArchRule onlyTheCommandLineStartsTheWorkspace = noClasses()
            .that().resideOutsideOfPackages("org.guidekit.serve..", "org.guidekit.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.guidekit.serve..")
            .because("nothing below a front end may call one: a build never needs a web server");

    @ArchTest
    static final ArchRule textDependsOnTheJdkOnly = classes()
            .that().resideInAPackage("org.guidekit.text..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.guidekit.text..", "java..")
            .because("print and speech share it, so it must not pull either (or a library) into the other");

    // 2. Each third-party library stays in the one package (or class) that wraps it.

    @ArchTest
    static final ArchRule markdownAndYamlStayInTheReaders = thirdParty("org.commonmark..", "org.yaml..")
            .onlyIn(resideInAPackage("org.guidekit.read.."))
            .because("readers turn files into the model; nothing else may re-parse Markdown or YAML");

    @ArchTest
    static final ArchRule picocliStaysInTheCommandLine = thirdParty("picocli..")
            .onlyIn(resideInAPackage("org.guidekit.cli.."))
            .because("the command line is one thin layer over the library");

    @ArchTest
    static final ArchRule espeakNgIsRunInOnePlace = noClasses()
            .that().resideInAPackage("org.guidekit.render..")
            .and().doNotHaveFullyQualifiedName("org.guidekit.render.audio.EspeakNgProgram")
            .should().dependOnClassesThat().haveFullyQualifiedName(ProcessBuilder.class.getName())
            .because("the espeak-ng program (its pipes, time limit and errors) is run by EspeakNgProgram alone; "
                    + "every other class speaks through the Synthesizer seam (issue 27)");

    @ArchTest
    static final ArchRule pdfboxStaysInThePdfRenderer = thirdParty("org.apache.pdfbox..", "org.apache.fontbox..",
            "org.apache.xmpbox..")
            .onlyIn(resideInAPackage("org.guidekit.render.pdf.."))
            .because("only the PDF renderer knows PDF primitives, so a PDFBox upgrade touches one package");

    @ArchTest
    static final ArchRule freettsStaysInTheSynthesizerAndItsLexicon = thirdParty("com.sun.speech..", "de.dfki..",
            "javax.speech..")
            .onlyIn(named("org.guidekit.render.audio.FreeTtsSynthesizer",
                    "org.guidekit.render.audio.FreeTtsSynthesizer$PcmCollector",
                    "org.guidekit.render.audio.FreeTtsLexicon", "org.guidekit.render.audio.FreeTtsVoiceWords",
                    "org.guidekit.render.audio.FreeTtsVoiceWords$WordOnlyVoice",
                    "org.guidekit.render.audio.FreeTtsVoiceWords$NoAudio", "org.guidekit.render.audio.OfflinePlayer"))
            .because("FreeTTS's quirks (hangs, static allocation, no clamping) are handled in one place; the "
                    + "speech checks only look words up in its lexicon and read its Word relation");

    @ArchTest
    static final ArchRule jump3rStaysInTheMp3Encoder = thirdParty("de.sciss..")
            .onlyIn(named("org.guidekit.render.audio.Mp3Encoder"))
            .because("the MP3 encoder can then be swapped in one class");

    @ArchTest
    static final ArchRule mp3agicStaysInTheChapterTags = thirdParty("com.mpatric..")
            .onlyIn(named("org.guidekit.render.audio.Id3Chapters"))
            .because("tag writing lives in one class");

    @ArchTest
    static final ArchRule liblouisStaysInTheBrailleTranslator = thirdParty("org.liblouis..", "com.sun.jna..")
            .onlyIn(describe("the Liblouis classes of render.braille",
                    c -> c.getName().startsWith("org.guidekit.render.braille.Liblouis")))
            .because("only the braille renderer knows liblouis and its native binding, and there only its "
                    + "translator: the braille plan (transcription, layout, writers) is golden-tested apart from "
                    + "it, seeing it only as BrailleTranslator");

    @ArchTest
    static final ArchRule poiStaysInTheImporter = thirdParty("org.apache.poi..", "org.apache.xmlbeans..",
            "org.openxmlformats..", "com.microsoft.schemas..")
            .onlyIn(resideInAPackage("org.guidekit.importer.."))
            .because("only the importer knows Word's file format; everything else sees guide Markdown");

    @ArchTest
    static final ArchRule javalinStaysInTheWorkspace = thirdParty("io.javalin..", "org.eclipse.jetty..",
            "jakarta.servlet..", "kotlin..")
            .onlyIn(resideInAPackage("org.guidekit.serve.."))
            .because("only the workspace speaks HTTP; a build, a check or a renderer never needs a web server");

    // 3. Renderers do not know each other.

    /**
     * The only dependencies between the renderer packages: the timed formats (DAISY, the read-along page, the
     * EPUB) share the speech plan, the build's one synthesis and the XML writer; the page and the EPUB share
     * their text-with-timings stage. The PDF and braille stand alone but for the XML writer's escaping (their XMP
     * and PEF metadata).
     */
    private static final Map<String, List<String>> SHARED_STAGES = Map.of(
            "audio", List.of("speech"),
            "pdf", List.of("xml"),
            "braille", List.of("xml"),
            "daisy", List.of("audio", "speech", "xml"),
            "readalong", List.of("audio", "speech", "xml"),
            "web", List.of("audio", "speech", "xml", "readalong"),
            "epub", List.of("audio", "speech", "xml", "readalong"));

    @ArchTest
    static final ArchRule renderersDoNotKnowEachOther = renderersOnlyShare(SHARED_STAGES)
            .because("each renderer reads only the model; the timed formats share the speech plan, the build's "
                    + "one synthesis and the XML writer, the page and the book their read-along stage; every "
                    + "format escapes markup with the XML writer's one escaping");

    @ArchTest
    static final ArchRule theSpeechPlanMakesNoSound = noClasses()
            .that().resideInAPackage("org.guidekit.render.speech..")
            .should().dependOnClassesThat().resideInAPackage("javax.sound..")
            .because("the speech script is the pure, golden-tested plan; sound comes after it");

    /** What the DAISY book may use of the audio package: the shared synthesis and its clip map. */
    private static final Set<String> AUDIO_FOR_DAISY = Set.of("SpokenGuide", "SpeechService", "SpeechPreflight",
            "SpeechService$Lease", "SynthesizedGuide", "SectionAudio", "AudioClipMap", "AudioClipMap$Clip",
            "SpokenRenderer", "OptionalAudio");

    @ArchTest
    static final ArchRule daisyUsesOnlyTheSynthesisAndItsClipMap = noClasses()
            .that().resideInAPackage("org.guidekit.render.daisy..")
            .should().dependOnClassesThat(audioClassesOtherThan(AUDIO_FOR_DAISY))
            .because("DAISY reuses the audio renderer's synthesis and clip map, not its workings");

    /** What the page, the EPUB and their shared stage may use of the audio package. */
    private static final Set<String> AUDIO_FOR_READ_ALONG = Set.of("SpokenGuide", "SpeechService",
            "SpeechService$Lease", "SpeechPreflight", "SynthesizedGuide", "AudioClipMap", "AudioClipMap$Clip",
            "WebVttWriter", "SpokenRenderer", "OptionalAudio");

    @ArchTest
    static final ArchRule thePageAndTheBookUseOnlyTheSynthesisAndItsWriters = noClasses()
            .that().resideInAnyPackage("org.guidekit.render.web..", "org.guidekit.render.epub..",
                    "org.guidekit.render.readalong..")
            .should().dependOnClassesThat(audioClassesOtherThan(AUDIO_FOR_READ_ALONG))
            .because("they reuse the build's one synthesis (its clip map, chaptered MP3 and captions), not its "
                    + "workings");

    @ArchTest
    static final ArchRule onlyTheRendererListNamesTheBooksAndThePage = noClasses()
            .that().resideOutsideOfPackage("org.guidekit.render..")
            .and(DescribedPredicate.not(named("org.guidekit.library.Renderers")))
            .should().dependOnClassesThat().resideInAnyPackage("org.guidekit.render.web..",
                    "org.guidekit.render.epub..", "org.guidekit.render.readalong..", "org.guidekit.render.daisy..",
                    "org.guidekit.render.braille..")
            .because("the build, the command line and the workspace reach these editions only through the "
                    + "renderer list (library.Renderers, which sits above the formats as pandoc's writer list does)");

    // 4. No cycles.

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.guidekit.(**)")
            .should().beFreeOfCycles()
            .because("a package can then be read, tested and changed from the bottom up: model, read and check, "
                    + "render and then each format (render.pdf and render.audio are packages of their own, as "
                    + "jdeps -verbose:package counts them), library, then the front ends");

    // 5. The public surface.

    /**
     * Public for callers outside guidekit's own packages: the JVM ({@code Main}), scripts reading exit codes, the
     * golden-file tests ({@code ModelPrinter}) and the stage benchmarks in {@code bench/}, which time the steps one
     * by one.
     */
    private static final Set<String> ENTRY_POINTS_FOR_OTHERS = Set.of(
            "org.guidekit.cli.Main", "org.guidekit.error.ExitCode", "org.guidekit.model.ModelPrinter",
            "org.guidekit.render.speech.CmuPhones", "org.guidekit.render.audio.Mp3Encoder",
            "org.guidekit.render.audio.FreeTtsSynthesizer", "org.guidekit.render.audio.GuideSynthesizer",
            "org.guidekit.render.audio.Loudness", "org.guidekit.render.audio.VoiceSettings",
            "org.guidekit.render.audio.Levels", "org.guidekit.render.audio.SpokenUtterance");

    @ArchTest
    static final ArchRule publicTypesAreUsedFromAnotherPackage = classes()
            .that().arePublic().and().areTopLevelClasses().and().doNotHaveSimpleName("package-info")
            .and(describe("are not entry points for others", c -> !ENTRY_POINTS_FOR_OTHERS.contains(c.getName())))
            .should(beUsedFromAnotherPackage())
            .because("as in jsoup, a newcomer sees each package's few entry points (named in its package-info) and "
                    + "nothing more: a type used only inside its package is package-private");

    private static ArchCondition<JavaClass> beUsedFromAnotherPackage() {
        return new ArchCondition<>("be used from another package") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean used = type.getDirectDependenciesToSelf().stream()
                        .anyMatch(d -> !d.getOriginClass().getPackageName().equals(type.getPackageName()));
                if (!used) {
                    events.add(SimpleConditionEvent.violated(type, type.getName()
                            + " is public but used only inside its package: make it package-private"));
                }
            }
        };
    }

    // The building blocks of the rules above.

    /** A third-party library, named by its packages, to confine to its wrapper. */
    private record ThirdParty(String... packages) {
        ArchRule onlyIn(DescribedPredicate<? super JavaClass> wrapper) {
            return noClasses().that(DescribedPredicate.not(wrapper))
                    .should().dependOnClassesThat().resideInAnyPackage(packages);
        }
    }

    private static ThirdParty thirdParty(String... packages) {
        return new ThirdParty(packages);
    }

    private static DescribedPredicate<JavaClass> named(String... classNames) {
        Set<String> names = Set.of(classNames);
        return describe(String.join(", ", classNames), c -> names.contains(c.getName()));
    }

    private static DescribedPredicate<JavaClass> audioClassesOtherThan(Set<String> entryPoints) {
        return describe("audio classes other than " + new java.util.TreeSet<>(entryPoints), c ->
                c.getPackageName().equals("org.guidekit.render.audio")
                        && !entryPoints.contains(c.getName().substring(c.getPackageName().length() + 1)));
    }

    /** The renderer packages ({@code render.*}) depend on each other only along {@code shared}. */
    private static SliceRule renderersOnlyShare(Map<String, List<String>> shared) {
        SliceRule rule = slices().matching("org.guidekit.render.(*)..").should().notDependOnEachOther();
        for (Map.Entry<String, List<String>> user : shared.entrySet()) {
            for (String stage : user.getValue()) {
                rule = rule.ignoreDependency(resideInAPackage("org.guidekit.render." + user.getKey() + ".."),
                        resideInAPackage("org.guidekit.render." + stage + ".."));
            }
        }
        return rule;
    }
}
