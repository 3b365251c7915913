package com.cinema.gateway.report;

import java.util.List;

/**
 * One CSV export read page by page from the services' admin queries, so no export is ever held in memory whole.
 * Each call reads on from where the last one stopped; an empty answer ends the export.
 */
interface CsvExport {

    List<String> header();

    /** The next rows (one page of the service's query or more), each cell a String, a number, a time or null. */
    List<List<Object>> nextRows();
}
