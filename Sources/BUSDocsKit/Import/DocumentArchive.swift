import Foundation
import ZIPFoundation

/// Why a document cannot be imported: said to the user with the file's path, never a crash.
public struct ImportProblem: Error, Sendable {
    public var text: LocalizedText

    public init(sv: String, en: String) {
        text = LocalizedText(sv: sv, en: en)
    }
}

/// A Word or OpenDocument file's ZIP archive, read part by part into memory — never extracted to disk, so
/// an entry named `../../etc/passwd` is only a name. Each part is capped while it is inflated (a zip bomb
/// stops at the cap, whatever sizes its directory claims), and so is the total read.
struct DocumentArchive {
    static let partLimit = 64 << 20
    static let totalLimit = 256 << 20

    private let archive: Archive
    private var read = 0

    /// The archive, or a clear problem: an OLE file (legacy `.doc`, or a password-protected document,
    /// which Word stores as an OLE "EncryptedPackage"), or no ZIP archive at all.
    init(path: String, bytes: [UInt8], kind: String) throws {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            let marker = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            if bytes.firstRange(of: marker) != nil {
                throw ImportProblem(sv: "dokumentet är skyddat med lösenord; spara en kopia utan lösenord (Arkiv › Info › Skydda dokument) och importera den",
                                    en: "the document is password-protected; save a copy without a password (File › Info › Protect Document) and import that")
            }
            throw ImportProblem(sv: "ett äldre Word-dokument (.doc); öppna det i Word eller LibreOffice och spara som .docx",
                                en: "a legacy Word document (.doc); open it in Word or LibreOffice and save it as .docx")
        }
        guard bytes.starts(with: [0x50, 0x4B]) else {
            throw ImportProblem(sv: "inte ett \(kind)-dokument (ingen ZIP-fil); spara det som \(kind) och försök igen",
                                en: "not a \(kind) document (no ZIP archive); save it as \(kind) and try again")
        }
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw ImportProblem(sv: "ZIP-arkivet går inte att läsa (\(error)); spara dokumentet på nytt som \(kind)",
                                en: "the ZIP archive cannot be read (\(error)); save the document again as \(kind)")
        }
    }

    func has(_ path: String) -> Bool { archive[path] != nil }

    /// A part's bytes, or nil when the archive has none by that name.
    mutating func part(_ path: String) throws -> [UInt8]? {
        guard let entry = archive[path], entry.type == .file else { return nil }
        var bytes: [UInt8] = []
        let limit = min(Self.partLimit, Self.totalLimit - read)
        struct TooLarge: Error {}
        do {
            _ = try archive.extract(entry, bufferSize: 64 << 10, skipCRC32: false) { chunk in
                guard bytes.count + chunk.count <= limit else { throw TooLarge() }
                bytes.append(contentsOf: chunk)
            }
        } catch is TooLarge {
            throw ImportProblem(sv: "delen \(path) packas upp till mer än \(limit >> 20) MB; dokumentet läses inte (ett så stort dokument är troligen en ”zip-bomb”)",
                                en: "the part \(path) inflates to more than \(limit >> 20) MB; the document is not read (a document that large is likely a zip bomb)")
        } catch {
            throw ImportProblem(sv: "delen \(path) går inte att packa upp (\(error))", en: "the part \(path) cannot be inflated (\(error))")
        }
        read += bytes.count
        return bytes
    }

    /// A part parsed as XML; a part that is not well-formed is a problem naming it and the line.
    mutating func xml(_ path: String) throws -> XMLElement? {
        guard let bytes = try part(path) else { return nil }
        do {
            return try XMLReader.parse(bytes)
        } catch let failure as XMLReader.Failure {
            throw ImportProblem(sv: "\(path):\(failure.line): felaktig XML (\(failure.message))",
                                en: "\(path):\(failure.line): malformed XML (\(failure.message))")
        }
    }

    /// Names of every entry, for parts found by pattern (headers, footers).
    var paths: [String] { archive.map(\.path) }
}
