// The plan example workbooks (see plan_workbooks.cpp).
#pragma once

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <filesystem>
#include <string>

// Builds a workbook from examples/data/<manifest> (a ".sheets" file) and stores it at `out`.
void make_plan_workbook(
    const com::sun::star::uno::Reference<com::sun::star::frame::XDesktop2>& desktop,
    const std::string& manifest, const std::filesystem::path& out);
