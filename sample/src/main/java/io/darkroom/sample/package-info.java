/**
 * Deterministic sample corpus generator: {@link io.darkroom.sample.SampleCorpus#generate} writes the
 * file share of the fictional Kestrel Fluidtech GmbH (2023-01-01..2025-12-31) and
 * {@link io.darkroom.sample.SampleTruth truth.json}, following docs/sample-corpus-contract.md.
 *
 * <p>Layout: {@code mail/YYYY/MM/*.eml} (threads, PDF/DOCX attachments), {@code mail/saved/} (near
 * duplicates), {@code mail/archive.mbox}, {@code support/tickets/YYYY/*.docx},
 * {@code finance/invoices/YYYY/*.pdf}, {@code finance/sales/YYYY/*.xlsx}, {@code legal/contracts/YYYY/*.pdf},
 * {@code meetings/YYYY/*.html|txt|rtf}, {@code meetings/drafts/} (near duplicates),
 * {@code archive/projects-2024.zip}, {@code presentations/YYYY/*.pptx} and {@code broken/}.
 * Sub-packages hold one feature each; every writer books what it wrote in the
 * {@link io.darkroom.sample.ledger.CorpusLedger}, from which truth.json is counted.
 */
package io.darkroom.sample;
