"""Findings and progress → files people read: check's formats, stats, the status page.

``formats`` writes a check report as text, JSON, JUnit or GitHub annotations;
``read`` reads a saved JSON report back; ``merge`` joins the reports of CI
shards; ``stats`` counts progress; ``status`` writes the status page and
``badge`` its README badges.
"""
