import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `build` never loses a file: it replaces only its own files, all or nothing.
@Suite struct PublishTests {
    func build(_ out: URL, _ inputs: [String] = ["Agreements"]) throws -> BusDocsProcess.Result {
        try BusDocsProcess.run(["build"] + inputs + ["--out", out.path, "--today", "2026-11-24"])
    }

    @Test func rebuildingReplacesOwnFilesAndRemovesStaleOnesButKeepsTheUsers() throws {
        let out = try BusDocsProcess.temporaryFolder().appendingPathComponent("site")
        #expect(try build(out).status == 0)
        let manifest = try String(contentsOf: out.appendingPathComponent(".bus-docs-manifest"), encoding: .utf8)
        #expect(manifest.split(separator: "\n").count == 12)
        try "egen fil".write(to: out.appendingPathComponent("README.txt"), atomically: true, encoding: .utf8)
        #expect(try build(out, ["Agreements/nacka-2023.md"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("rinkeby-kista-spanga-tensta-2017/index.html").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("nacka-2023/index.html").path))
        #expect(try String(contentsOf: out.appendingPathComponent("README.txt"), encoding: .utf8) == "egen fil")
    }

    @Test func aRelativeOutputFolderThatDoesNotExistYetIsMade() throws {
        let workspace = try BusDocsProcess.temporaryFolder()
        let agreements = BusDocsProcess.packageRoot.appendingPathComponent("Agreements").path
        let result = try BusDocsProcess.run(["build", agreements, "--out", "_site/nytt", "--today", "2026-11-24"], in: workspace)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: workspace.appendingPathComponent("_site/nytt/index.html").path))
    }

    @Test func aFileBusDocsDidNotMakeIsNeverOverwritten() throws {
        let out = try BusDocsProcess.temporaryFolder()
        try "<p>min startsida</p>".write(to: out.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        let result = try build(out)
        #expect(result.status == 2)
        #expect(result.stderr.contains("index.html: exists and was not made by bus-docs"))
        #expect(try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8) == "<p>min startsida</p>")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["index.html"])
    }

    @Test func anUnwritableOutputIsAClearErrorAndWritesNothing() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let file = folder.appendingPathComponent("fil")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        let result = try build(file.appendingPathComponent("site"))
        #expect(result.status == 2)
        #expect(result.stderr == "bus-docs: \(file.path): cannot be written (Not a directory); the previous files are unchanged\n")
    }

    @Test func aFullDiskLeavesThePreviousSiteIntact() throws {
        let mountPoint = try BusDocsProcess.temporaryFolder()
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", "size=120k", "tmpfs", mountPoint.path]
        mount.standardError = FileHandle.nullDevice
        try mount.run()
        mount.waitUntilExit()
        // Mounting needs privileges: where a run has none, the test says it was skipped rather than passing.
        guard mount.terminationStatus == 0 else {
            try Test.cancel("skipped: cannot mount a small tmpfs here (needs root), so no disk can fill up")
        }
        defer {
            let unmount = Process()
            unmount.executableURL = URL(fileURLWithPath: "/bin/umount")
            unmount.arguments = [mountPoint.path]
            try? unmount.run()
            unmount.waitUntilExit()
        }
        // The site and its staging folder beside it are both on the small file system.
        let out = mountPoint.appendingPathComponent("site")
        #expect(try build(out, ["Agreements/nacka-2023.md"]).status == 0)
        let before = try Self.tree(out)
        let full = try build(out)
        #expect(full.status == 2)
        #expect(full.stderr.contains("(No space left on device); the previous files are unchanged"), "\(full.stderr)")
        #expect(try Self.tree(out) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: mountPoint.path) == ["site"])
        // The mount point itself cannot be swapped: refused before anything is written.
        let onMount = try build(mountPoint)
        #expect(onMount.status == 2)
        #expect(onMount.stderr == "bus-docs: \(mountPoint.path): is a mount point, and the site is swapped in with one rename; choose a folder inside it as --out\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: mountPoint.path) == ["site"])
    }

    /// Every file under a folder, by relative path, with its bytes.
    static func tree(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: folder.path) ?? FileManager.DirectoryEnumerator() {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            files[path] = isFolder.boolValue ? Data("<folder>".utf8) : try Data(contentsOf: url)
        }
        return files
    }

    @Test func aFailureLateInTheBuildLeavesThePreviousSiteByteForByte() throws {
        let workspace = try BusDocsProcess.temporaryFolder()
        let out = workspace.appendingPathComponent("site")
        #expect(try build(out, ["Agreements/nacka-2023.md"]).status == 0)
        // A page of the user's where the second agreement's page goes: found only when it is staged.
        let folder = out.appendingPathComponent("rinkeby-kista-spanga-tensta-2017")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "mitt".write(to: folder.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        let before = try Self.tree(out)
        let result = try build(out)
        #expect(result.status == 2)
        #expect(result.stderr.contains("rinkeby-kista-spanga-tensta-2017/index.html: exists and was not made by bus-docs"), "\(result.stderr)")
        #expect(try Self.tree(out) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path) == ["site"])
    }

    @Test func aBrokenTemplateLeavesThePreviousSiteByteForByte() throws {
        let workspace = try BusDocsProcess.temporaryFolder()
        let out = workspace.appendingPathComponent("site"), templates = workspace.appendingPathComponent("mallar")
        #expect(try build(out).status == 0)
        let before = try Self.tree(out)
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "{{<layout}}{{$content}}<p>a</span></p>{{/content}}{{/layout}}".write(to: templates.appendingPathComponent("index.mustache"), atomically: true, encoding: .utf8)
        let result = try BusDocsProcess.run(["build", "Agreements", "--out", out.path, "--templates", templates.path, "--today", "2026-11-24"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("index.html"), "\(result.stderr)")
        #expect(try Self.tree(out) == before)
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: workspace.path)) == ["site", "mallar"])
    }

    @Test func twoAgreementsWithTheSameNameGetTwoPagesAndOnePathTwiceOnePage() throws {
        let workspace = try BusDocsProcess.temporaryFolder()
        for folder in ["a", "b"] {
            try FileManager.default.createDirectory(at: workspace.appendingPathComponent("in/\(folder)"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: BusDocsProcess.packageRoot.appendingPathComponent("Agreements/nacka-2023.md").path,
                                             toPath: workspace.appendingPathComponent("in/\(folder)/x.md").path)
        }
        let input = workspace.appendingPathComponent("in").path, out = workspace.appendingPathComponent("site")
        let result = try build(out, [input, input + "/a/x.md", input])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("(2 agreements; "), "\(result.stdout)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(pages == [".bus-docs-manifest", "a-x", "b-x", "index.html", "style.css"])
        // The same input gives the same names, and building again works.
        #expect(try build(out, [input]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == pages)
    }

    /// A file named as people name files ("Värmdö 2026.md"): its page keeps the name, and every link to
    /// it is percent-encoded (a space in a link is not valid HTML) and leads to the page.
    @Test func aFileNameWithASpaceAndÅÄÖIsLinkedEncoded() throws {
        let workspace = try BusDocsProcess.temporaryFolder()
        try FileManager.default.createDirectory(at: workspace.appendingPathComponent("in"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: BusDocsProcess.packageRoot.appendingPathComponent("Agreements/nacka-2023.md").path,
                                         toPath: workspace.appendingPathComponent("in/Värmdö 2026.md").path)
        let out = workspace.appendingPathComponent("site")
        let result = try build(out, [workspace.appendingPathComponent("in").path])
        #expect(result.status == 0, "\(result.stderr)")
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("href=\"V%C3%A4rmd%C3%B6%202026/index.html\""), "\(index)")
        #expect(!index.contains("href=\"Värmdö 2026/"))
        // The link, decoded as a browser does, is the page that was written.
        let href = try #require(index.range(of: #"href="V[^"]*index.html""#, options: .regularExpression)).lowerBound
        let link = String(index[href...].dropFirst(6).prefix { $0 != "\"" })
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(try #require(link.removingPercentEncoding)).path), "\(link)")
    }

    @Test func anAgreementThatCannotBeReadKeepsItsPageAndItsRowInTheIndex() throws {
        let workspace = try BusDocsProcess.temporaryFolder()
        let agreements = workspace.appendingPathComponent("Agreements"), out = workspace.appendingPathComponent("site")
        try FileManager.default.copyItem(at: BusDocsProcess.packageRoot.appendingPathComponent("Agreements"), to: agreements)
        #expect(try build(out, [agreements.path]).status == 0)
        let file = agreements.appendingPathComponent("nacka-2023.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\ngiltighet:", with: "\n\tgiltighet:").write(to: file, atomically: true, encoding: .utf8)
        let result = try build(out, [agreements.path])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("(2 agreements; "), "\(result.stdout)")
        let page = try String(contentsOf: out.appendingPathComponent("nacka-2023/index.html"), encoding: .utf8)
        #expect(page.contains("<span class=\"status status-olaslig\">Kan inte läsas</span>"))
        #expect(page.contains("<strong>fel [BUS019]</strong> rad 8, kolumn 1: YAML-fel"))
        #expect(page.contains("<span class=\"markerad\">8: \tgiltighet:</span>"))
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<p>2 överenskommelser."))
        #expect(index.contains("<td><a href=\"nacka-2023/index.html\">nacka-2023.md</a></td><td>–</td><td>–</td><td><span class=\"status status-olaslig\">Kan inte läsas</span> (1 fel)</td>"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("nacka-2023/avvikelseblankett.html").path))
    }

    // MARK: Attachments

    /// The attachments fixture (a LibreOffice PDF, a LibreOffice Word file whose name has a space, one file
    /// listed that is not there) copied into a fresh folder: the agreement's folder and the site's.
    func attachmentsWorkspace() throws -> (agreements: URL, out: URL) {
        let workspace = try BusDocsProcess.temporaryFolder()
        let agreements = workspace.appendingPathComponent("in")
        try FileManager.default.copyItem(at: BusDocsProcess.packageRoot.appendingPathComponent("Tests/CLITests/Attachments"), to: agreements)
        return (agreements, workspace.appendingPathComponent("site"))
    }

    @Test func anAttachmentsFileIsCopiedByteForByteWhereThePageLinksIt() throws {
        let (agreements, out) = try attachmentsWorkspace()
        let result = try build(out, [agreements.path])
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["sip-rutin.pdf", "Kontaktlista BUS.docx"] {
            let copy = FileManager.default.contents(atPath: out.appendingPathComponent("nacka-bilagor/bilagor/\(name)").path)
            #expect(copy != nil && copy == FileManager.default.contents(atPath: agreements.appendingPathComponent("bilagor/\(name)").path), "\(name)")
        }
        let page = try String(contentsOf: out.appendingPathComponent("nacka-bilagor/index.html"), encoding: .utf8)
        #expect(page.contains("<li><a href=\"bilagor/sip-rutin.pdf\">Rutin för samordnad individuell plan (SIP)</a></li>"))
        #expect(page.contains("<li><a href=\"bilagor/Kontaktlista%20BUS.docx\">Kontaktlista för BUS-samverkan</a></li>"))
        // Listed in the manifest: the next build may replace or remove them.
        let manifest = try String(contentsOf: out.appendingPathComponent(".bus-docs-manifest"), encoding: .utf8)
        #expect(manifest.contains("nacka-bilagor/bilagor/sip-rutin.pdf\n") && manifest.contains("nacka-bilagor/bilagor/Kontaktlista BUS.docx\n"))
        #expect(result.stdout.contains("9 files written"))
    }

    /// A Markdown attachment (`fil: bilagor/rutin-sip.md`) in the folder `check` and `build` search is
    /// the agreement's attachment, not an agreement without a front matter: it is neither checked nor given
    /// a page, also when named alone (a pre-commit hook given the one file changed), and `build` copies it.
    @Test func aMarkdownAttachmentIsNoAgreementOfItsOwn() throws {
        let (agreements, out) = try attachmentsWorkspace()
        let path = agreements.appendingPathComponent("nacka-bilagor.md")
        let text = try String(contentsOf: path, encoding: .utf8)
        try text.replacingOccurrences(of: "  - { titel: Anmälan om barn som far illa (orosanmälan), fil: bilagor/orosanmalan.pdf }",
                                      with: "  - { titel: Rutin för SIP i skolan, fil: bilagor/rutin-sip.md }")
            .write(to: path, atomically: true, encoding: .utf8)
        let attachment = agreements.appendingPathComponent("bilagor/rutin-sip.md")
        try "# Rutin för SIP i skolan\n\nRektor kallar till SIP när skolan ser behovet.\n".write(to: attachment, atomically: true, encoding: .utf8)
        let check = try BusDocsProcess.run(["check", agreements.path, "--today", "2026-11-24"])
        #expect(check.status == 0 && check.stdout == "1 file checked: 0 errors, 0 warnings\n", "\(check.stdout)")
        let alone = try BusDocsProcess.run(["check", attachment.path, "--today", "2026-11-24"])
        #expect(alone.status == 0 && alone.stdout == "0 files checked: 0 errors, 0 warnings\n", "\(alone.stdout)")
        let result = try build(out, [agreements.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(FileManager.default.contents(atPath: out.appendingPathComponent("nacka-bilagor/bilagor/rutin-sip.md").path) == FileManager.default.contents(atPath: attachment.path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("rutin-sip").path))
        // Not listed, the same file is a file without a front matter, as before.
        try text.write(to: path, atomically: true, encoding: .utf8)
        #expect(try BusDocsProcess.run(["check", agreements.path, "--today", "2026-11-24"]).status == 1)
    }

    /// A missing attachment is one BUS014 warning at its `fil:` line, counted in the summary with the
    /// others; its hint, followed (the file put where it says), publishes the file and ends the warning.
    @Test func aMissingAttachmentIsNamedWithoutALinkAndWarnedAboutOnceAtItsLine() throws {
        let (agreements, out) = try attachmentsWorkspace()
        let path = agreements.appendingPathComponent("nacka-bilagor.md").path
        let result = try build(out, [agreements.path])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("""
            \(path):109:63: warning: [BUS014] the attachment `bilagor/orosanmalan.pdf` does not exist; the page names it without a link
              hint: Put the attachment as a regular file in the agreement's folder, at the path `bilagor/orosanmalan.pdf` from that folder, or write under `fil:` the path the file has there.
            1 file checked: 0 errors, 1 warning

            """), "\(result.stdout)")
        #expect(result.stdout.contains("(1 agreement; 1 attachment is not published and named without a link, see the warnings above)"))
        let page = try String(contentsOf: out.appendingPathComponent("nacka-bilagor/index.html"), encoding: .utf8)
        #expect(page.contains("<li>Anmälan om barn som far illa (orosanmälan) (filen saknas)</li>"))
        #expect(!page.contains("orosanmalan.pdf"))
        let swedish = try BusDocsProcess.run(["build", agreements.path, "--out", out.path, "--today", "2026-11-24"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.stdout.hasPrefix("\(path):109:63: varning: [BUS014] bilagan `bilagor/orosanmalan.pdf` finns inte; sidan nämner den utan länk\n"), "\(swedish.stdout)")
        #expect(swedish.stdout.contains("1 fil kontrollerad: 0 fel, 1 varning\n"))
        try Data("%PDF-1.4\n".utf8).write(to: agreements.appendingPathComponent("bilagor/orosanmalan.pdf"))
        let fixed = try build(out, [agreements.path])
        #expect(fixed.stdout.contains("1 file checked: 0 errors, 0 warnings\n"), "\(fixed.stdout)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("nacka-bilagor/bilagor/orosanmalan.pdf").path))
    }

    /// A text attachment with a child's name and age is one BUS018 warning, counted in the summary; its
    /// hint, followed (the name written "ett barn"), publishes the file and ends the warning.
    @Test func anAttachmentWithAChildsNameIsABUS018WarningWhoseHintPublishesIt() throws {
        let (agreements, out) = try attachmentsWorkspace()
        let path = agreements.appendingPathComponent("nacka-bilagor.md").path
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "bilagor/orosanmalan.pdf", with: "bilagor/exempel.txt")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let note = agreements.appendingPathComponent("bilagor/exempel.txt")
        try "Exempel på en anmälan.\nElias Andersson, 9 år, går i klass 3B.\n".write(to: note, atomically: true, encoding: .utf8)
        let result = try BusDocsProcess.run(["build", agreements.path, "--out", out.path, "--today", "2026-11-24"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("""
            \(path):109:63: varning: [BUS018] bilagan `bilagor/exempel.txt` publiceras inte: den innehåller personuppgifter (ett personnummer, ett barns namn, födelsedatum, adress eller telefonnummer) – ta bort dem ur filen; sidan nämner den utan länk
              tips: Ta bort personnummer, barns namn, födelsedatum, adresser och telefonnummer ur `bilagor/exempel.txt` (skriv "ett barn" i stället för namnet) och bygg igen.
            1 fil kontrollerad: 0 fel, 1 varning

            """), "\(result.stdout)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("nacka-bilagor/bilagor/exempel.txt").path))
        try "Exempel på en anmälan.\nEtt barn går i klass 3B.\n".write(to: note, atomically: true, encoding: .utf8)
        let fixed = try BusDocsProcess.run(["build", agreements.path, "--out", out.path, "--today", "2026-11-24"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(fixed.stdout.hasPrefix("1 fil kontrollerad: 0 fel, 0 varningar\n"), "\(fixed.stdout)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("nacka-bilagor/bilagor/exempel.txt").path))
    }

    @Test func aRebuildAfterAnAttachmentIsRemovedRemovesItsCopyAndKeepsTheUsersFiles() throws {
        let (agreements, out) = try attachmentsWorkspace()
        #expect(try build(out, [agreements.path]).status == 0)
        let own = out.appendingPathComponent("nacka-bilagor/bilagor/egen.txt")
        try "min fil".write(to: own, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: agreements.appendingPathComponent("bilagor/sip-rutin.pdf"))
        let result = try build(out, [agreements.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("109:63: warning: [BUS014]") && result.stdout.contains(":106:63: warning: [BUS014] the attachment `bilagor/sip-rutin.pdf` does not exist"), "\(result.stdout)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("nacka-bilagor/bilagor/sip-rutin.pdf").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("nacka-bilagor/bilagor/Kontaktlista BUS.docx").path))
        #expect(try String(contentsOf: own, encoding: .utf8) == "min fil")
        let page = try String(contentsOf: out.appendingPathComponent("nacka-bilagor/index.html"), encoding: .utf8)
        #expect(page.contains("<li>Rutin för samordnad individuell plan (SIP) (filen saknas)</li>"))
    }

    @Test func aUsersFileWhereAnAttachmentWouldGoIsNeverOverwritten() throws {
        let (agreements, out) = try attachmentsWorkspace()
        try FileManager.default.createDirectory(at: out.appendingPathComponent("nacka-bilagor/bilagor"), withIntermediateDirectories: true)
        try "min egen".write(to: out.appendingPathComponent("nacka-bilagor/bilagor/sip-rutin.pdf"), atomically: true, encoding: .utf8)
        let result = try build(out, [agreements.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("sip-rutin.pdf: exists and was not made by bus-docs"), "\(result.stderr)")
        #expect(try String(contentsOf: out.appendingPathComponent("nacka-bilagor/bilagor/sip-rutin.pdf"), encoding: .utf8) == "min egen")
    }

    /// A link that leads out of the agreement's folder, a FIFO (which would block a reader), a folder and a
    /// file over the limit are not copied, and the build says why; nothing of the file outside reaches the site.
    @Test func anAttachmentThroughALinkOutsideAFIFOAFolderOrAHugeFileIsNotCopied() throws {
        let (agreements, out) = try attachmentsWorkspace()
        let bilagor = agreements.appendingPathComponent("bilagor")
        let secret = agreements.deletingLastPathComponent().appendingPathComponent("hemlig.pdf")
        try "HEMLIGT personnummer".write(to: secret, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: bilagor.appendingPathComponent("sip-rutin.pdf"))
        try FileManager.default.createSymbolicLink(atPath: bilagor.appendingPathComponent("sip-rutin.pdf").path, withDestinationPath: "../../hemlig.pdf")
        try FileManager.default.removeItem(at: bilagor.appendingPathComponent("Kontaktlista BUS.docx"))
        #expect(mkfifo(bilagor.appendingPathComponent("Kontaktlista BUS.docx").path, 0o644) == 0)
        try FileManager.default.createDirectory(at: bilagor.appendingPathComponent("orosanmalan.pdf"), withIntermediateDirectories: true)
        let result = try build(out, [agreements.path])
        let path = agreements.appendingPathComponent("nacka-bilagor.md").path
        #expect(result.status == 0, "\(result.stderr)")
        let put = { (file: String) in "  hint: Put the attachment as a regular file in the agreement's folder, at the path `\(file)` from that folder, or write under `fil:` the path the file has there." }
        #expect(result.stdout.split(separator: "\n").prefix(7) == [
            "\(path):106:63: warning: [BUS014] the attachment `bilagor/sip-rutin.pdf` is not published: it is a symbolic link that leads outside the agreement's folder; the page names it without a link",
            put("bilagor/sip-rutin.pdf")[...],
            "\(path):107:51: warning: [BUS014] the attachment `bilagor/Kontaktlista BUS.docx` is not published: it is not a regular file (a FIFO or device); the page names it without a link",
            put("bilagor/Kontaktlista BUS.docx")[...],
            "\(path):109:63: warning: [BUS014] the attachment `bilagor/orosanmalan.pdf` is not published: it is a folder, not a file; the page names it without a link",
            put("bilagor/orosanmalan.pdf")[...],
            "1 file checked: 0 errors, 3 warnings",
        ], "\(result.stdout)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("nacka-bilagor/bilagor").path))
        for (_, data) in try Self.tree(out) { #expect(!String(decoding: data, as: UTF8.self).contains("HEMLIGT")) }
        let page = try String(contentsOf: out.appendingPathComponent("nacka-bilagor/index.html"), encoding: .utf8)
        #expect(page.contains("<li>Rutin för samordnad individuell plan (SIP) (filen publiceras inte)</li>"))
        // A file over the limit (sparse: nothing is written to disk) is refused without being read.
        try FileManager.default.removeItem(at: bilagor.appendingPathComponent("orosanmalan.pdf"))
        FileManager.default.createFile(atPath: bilagor.appendingPathComponent("orosanmalan.pdf").path, contents: nil)
        #expect(truncate(bilagor.appendingPathComponent("orosanmalan.pdf").path, 60 * 1024 * 1024) == 0)
        let huge = try build(out, [agreements.path])
        #expect(huge.stdout.contains("\(path):109:63: warning: [BUS014] the attachment `bilagor/orosanmalan.pdf` is not published: it is 60 MB, over the limit of 50 MB; the page names it without a link"), "\(huge.stdout)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("nacka-bilagor/bilagor/orosanmalan.pdf").path))
    }
}
