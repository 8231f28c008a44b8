"""The sub-commands of ``sferum-desk`` that have grown past a few lines, one module each."""
