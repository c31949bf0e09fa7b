import BUSDocsKit
import Foundation
import TestSupport
import Testing

/// What `build` may publish of an agreement's attachments: files found in its own folder, never outside.
@Suite struct AttachmentFilesTests {
    /// A folder with an agreement listing `files` under `bilagor:`, and what reading them finds.
    func read(_ files: [String], setUp: (String) throws -> Void) throws -> [AttachmentFile] {
        let root = Scratch.url("attachments").path
        try FileManager.default.createDirectory(atPath: root + "/omr/bilagor", withIntermediateDirectories: true)
        try setUp(root)
        let text = "---\nbilagor:\n" + files.map { "  - { titel: Bilaga, fil: \"\($0)\" }\n" }.joined() + "---\n"
        let path = root + "/omr/avtal.md"
        let agreement = try #require(AgreementParser.parse(bytes: Array(text.utf8), path: path).agreement)
        return AttachmentFiles.read(agreement.attachments, agreementPath: path, taken: ["index.html"])
    }

    @Test func aFileInTheFolderIsReadAsItIsAndLinkedDecoded() throws {
        let bytes: [UInt8] = [0x25, 0x50, 0x44, 0x46, 0x00, 0xFF, 0xC3, 0x28]
        let found = try read(["./bilagor/Bilaga%201.pdf", "bilagor/Bilaga 1.pdf"]) { root in
            FileManager.default.createFile(atPath: root + "/omr/bilagor/Bilaga 1.pdf", contents: Data(bytes))
        }
        #expect(found.count == 1, "the same file listed twice is published once")
        #expect(found.first?.sitePath == "bilagor/Bilaga 1.pdf")
        #expect(found.first?.found == .bytes(bytes))
        #expect(found.first?.reference.location.line == 3)
    }

    /// A text attachment is published as BUS018 would let an agreement be: not with a child's name, a
    /// date of birth or a personal identity number in it. A PDF's bytes are not read.
    @Test func aTextAttachmentWithPersonalDataIsNotPublished() throws {
        let found = try read(["bilagor/anteckning.txt", "bilagor/lista.md", "bilagor/rutin.md", "bilagor/intyg.pdf"]) { root in
            FileManager.default.createFile(atPath: root + "/omr/bilagor/anteckning.txt", contents: Data("Flickan Hodan (8 år) väntar på BUP.\n".utf8))
            FileManager.default.createFile(atPath: root + "/omr/bilagor/lista.md", contents: Data("- Barnet är fött 2016-04-30.\n".utf8))
            FileManager.default.createFile(atPath: root + "/omr/bilagor/rutin.md", contents: Data("Rektor kallar till SIP för barn 0–18 år.\n".utf8))
            FileManager.default.createFile(atPath: root + "/omr/bilagor/intyg.pdf", contents: Data("Flickan Hodan (8 år)".utf8))
        }
        let refused = "is not published: it holds personal data (a personal identity number, a child's name, date of birth, address or phone number) – remove them from the file; the page names it without a link"
        #expect(found.map { $0.warning?.en } == ["the attachment `bilagor/anteckning.txt` \(refused)", "the attachment `bilagor/lista.md` \(refused)", nil, nil])
        #expect(found.map(\.isPublished) == [false, false, true, true])
        #expect(found.first?.warning?.sv == "bilagan `bilagor/anteckning.txt` publiceras inte: den innehåller personuppgifter (ett personnummer, ett barns namn, födelsedatum, adress eller telefonnummer) – ta bort dem ur filen; sidan nämner den utan länk")
    }

    @Test func aLinkInsideTheFolderIsFollowedAndOneLeadingOutIsNot() throws {
        let found = try read(["bilagor/inne.pdf", "bilagor/ute.pdf", "bilagor/saknas.pdf", "bilagor/trasig.pdf"]) { root in
            FileManager.default.createFile(atPath: root + "/omr/rutin.pdf", contents: Data("inne".utf8))
            FileManager.default.createFile(atPath: root + "/hemlig.pdf", contents: Data("ute".utf8))
            try FileManager.default.createSymbolicLink(atPath: root + "/omr/bilagor/inne.pdf", withDestinationPath: "../rutin.pdf")
            try FileManager.default.createSymbolicLink(atPath: root + "/omr/bilagor/ute.pdf", withDestinationPath: root + "/hemlig.pdf")
            try FileManager.default.createSymbolicLink(atPath: root + "/omr/bilagor/trasig.pdf", withDestinationPath: "finns-inte.pdf")
        }
        #expect(found.map(\.found) == [
            .bytes(Array("inne".utf8)),
            .refused(LocalizedText(sv: "är en symbolisk länk som leder utanför överenskommelsens mapp", en: "is a symbolic link that leads outside the agreement's folder")),
            .missing, .missing,
        ])
    }

    @Test func pathsOutOfTheFolderHiddenFilesAndThePagesNamesAreNeverLookedUp() throws {
        let found = try read(["../hemlig.pdf", "/etc/passwd", "bilagor/%2e%2e/%2e%2e/hemlig.pdf", ".git/config", "index.html"]) { root in
            FileManager.default.createFile(atPath: root + "/hemlig.pdf", contents: Data("ute".utf8))
            try FileManager.default.createDirectory(atPath: root + "/omr/.git", withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: root + "/omr/.git/config", contents: Data("x".utf8))
            FileManager.default.createFile(atPath: root + "/omr/index.html", contents: Data("x".utf8))
        }
        #expect(found.allSatisfy { !$0.isPublished })
        #expect(found.map { $0.warning?.en ?? "" } == [
            "the attachment `../hemlig.pdf` is not published: it points outside the agreement's folder; the page names it without a link",
            "the attachment `/etc/passwd` is not published: it points outside the agreement's folder; the page names it without a link",
            "the attachment `bilagor/%2e%2e/%2e%2e/hemlig.pdf` is not published: it points outside the agreement's folder; the page names it without a link",
            "the attachment `.git/config` is not published: it is a hidden file or in a hidden folder; the page names it without a link",
            "the attachment `index.html` is not published: it has the name of a page bus-docs makes; the page names it without a link",
        ])
    }
}
