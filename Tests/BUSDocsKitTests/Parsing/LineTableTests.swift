@testable import BUSDocsKit
import Testing

@Suite struct LineTableTests {
    /// Line and column by walking every byte: what the table must agree with.
    static func walked(_ bytes: [UInt8], to offset: Int) -> BUSDocsKit.SourceLocation {
        var line = 1, column = 1
        for byte in bytes[..<offset] {
            if byte == 10 { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return BUSDocsKit.SourceLocation(line: line, column: column)
    }

    @Test func columnsCountScalarsAndLinesEndAtLF() {
        let bytes = Array("å\nxåy\n\nz".utf8)
        let table = LineTable(bytes)
        #expect(table.location(ofByte: bytes.firstIndex(of: UInt8(ascii: "y"))!, in: bytes[...]) == BUSDocsKit.SourceLocation(line: 2, column: 3))
        #expect(table.location(ofByte: bytes.count, in: bytes[...]) == BUSDocsKit.SourceLocation(line: 4, column: 2))
        #expect(table.location(ofByte: 0, in: bytes[...], firstLine: 5) == BUSDocsKit.SourceLocation(line: 5, column: 1))
    }

    @Test func everyOffsetAgreesWithAWalkOverTheBytes() {
        let bytes = Array("rad ett\nÅÄÖ – ”citat”\r\n\n😀 emoji\nslut".utf8)
        let table = LineTable(bytes)
        for offset in 0...bytes.count {
            #expect(table.location(ofByte: offset, in: bytes[...]) == Self.walked(bytes, to: offset), "offset \(offset)")
        }
    }

    @Test func aSliceKeepsItsOwnIndices() {
        let whole = Array("xx\nab\ncd".utf8)
        let slice = whole[3...]
        #expect(LineTable(slice).location(ofByte: 7, in: slice) == BUSDocsKit.SourceLocation(line: 2, column: 2))
    }
}
