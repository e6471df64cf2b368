// Opening, storing and closing documents safely: hidden, macros never run, files written
// through a temporary name so a failure leaves no half-written file.
#pragma once

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <filesystem>
#include <string>

namespace vnplan::office {

namespace css = com::sun::star;

std::string file_url(const std::filesystem::path& path);

// Loads a file hidden, read-only unless asked, with macros disabled. Throws InputError
// (bilingual) when the file is missing or cannot be opened as a document.
css::uno::Reference<css::lang::XComponent>
load_document(const css::uno::Reference<css::frame::XDesktop2>& desktop,
              const std::filesystem::path& path, bool read_only = true);

// "scalc" or "swriter".
css::uno::Reference<css::lang::XComponent>
new_document(const css::uno::Reference<css::frame::XDesktop2>& desktop, const std::string& factory);

// Stores a copy under `path` with the export filter (e.g. "calc8", "writer8", "MS Word 2007
// XML", "writer_pdf_Export"). Refuses to replace an existing file unless `overwrite`.
// Without `thumbnail` an ODF file gets no preview image (Thumbnails/thumbnail.png), which
// otherwise costs a rendering of page 1 at every store.
void store_document(const css::uno::Reference<css::lang::XComponent>& document,
                    const std::filesystem::path& path, const std::string& filter,
                    bool overwrite = false, bool thumbnail = true);

// Closes without asking; never throws.
void close_document(const css::uno::Reference<css::lang::XComponent>& document) noexcept;

} // namespace vnplan::office
