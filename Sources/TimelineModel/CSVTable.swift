/// A CSV text split into rows of cells (RFC 4180), each cell with its line and column.
///
/// Fields are separated by commas; a field in double quotes may hold commas, line breaks and
/// `""` for a quote. Lines end with LF or CRLF. Blank lines are skipped.
struct CSVTable {
  struct Cell {
    var text: String
    var location: SourceLocation
  }

  struct SyntaxError: Error {
    var location: SourceLocation
    var message: String
  }

  var rows: [[Cell]] = []
  /// Where the row past `maximumRows` starts; reading stopped there.
  private(set) var rowPastLimit: SourceLocation?

  /// Reads `text` up to `maximumRows` rows (blank lines do not count); a row beyond them is
  /// noted in ``rowPastLimit`` and ends the reading, so a huge table costs no more than the limit.
  init(_ text: String, maximumRows: Int = .max) throws(SyntaxError) {
    let scalars = Array(text.unicodeScalars)
    var index = 0
    var line = 1
    var column = 1
    var row: [Cell] = []
    var rowHasContent = false
    func advance() {
      if scalars[index] == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
      index += 1
    }
    while index < scalars.count {
      let start = SourceLocation(line: line, column: column)
      var field = String.UnicodeScalarView()
      if scalars[index] == "\"" {
        advance()
        var closed = false
        while index < scalars.count {
          if scalars[index] == "\"" {
            if index + 1 < scalars.count, scalars[index + 1] == "\"" {
              field.append("\"")
              advance()
              advance()
              continue
            }
            advance()
            closed = true
            break
          }
          field.append(scalars[index])
          advance()
        }
        guard closed else {
          throw SyntaxError(location: start, message: "the quoted field starting here is never closed")
        }
        if index < scalars.count, !(scalars[index] == "," || scalars[index] == "\n" || scalars[index] == "\r") {
          throw SyntaxError(
            location: SourceLocation(line: line, column: column),
            message: "expected a comma or the end of the line after a quoted field")
        }
      } else {
        while index < scalars.count, scalars[index] != ",", scalars[index] != "\n", scalars[index] != "\r" {
          field.append(scalars[index])
          advance()
        }
      }
      let text = String(field)
      row.append(Cell(text: text, location: start))
      if !text.trimmedSpaces.isEmpty { rowHasContent = true }
      if index < scalars.count, scalars[index] == "," {
        advance()
        if index == scalars.count { row.append(Cell(text: "", location: SourceLocation(line: line, column: column))) }
        continue
      }
      if index < scalars.count, scalars[index] == "\r" { advance() }
      if index < scalars.count, scalars[index] == "\n" { advance() }
      if rowHasContent {
        guard rows.count < maximumRows else {
          rowPastLimit = row.first?.location
          return
        }
        rows.append(row)
      }
      row = []
      rowHasContent = false
    }
    if rowHasContent {
      guard rows.count < maximumRows else {
        rowPastLimit = row.first?.location
        return
      }
      rows.append(row)
    }
  }
}

extension String {
  /// The text without spaces and tabs at either end.
  var trimmedSpaces: String {
    var slice = Substring(self)
    while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
    while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
    return String(slice)
  }
}
