"""Typeset documents (counselling record, Auskunft) with Typst, without Qt.

``typeset`` wraps the ``typst`` package (shipped fonts only, PDF/A-2a + PDF/UA-1);
``record_doc`` and ``auskunft_doc`` turn domain data into the JSON the templates in
``resources/typst`` read. User text is only ever data, never Typst markup.
"""
