#pragma once

#include <string>

namespace ebm::test
{

// The text of a PDF as poppler's pdftotext extracts it, in UTF-8: with `layout`, what a reader
// sees, laid out on lines (-layout); without, in the order the document draws it (-raw), so
// rotated text such as a watermark stays whole. Throws std::runtime_error when pdftotext fails.
std::string pdfToText(const std::string& pdfBytes, bool layout = true);

} // namespace ebm::test
