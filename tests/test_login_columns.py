"""Round 9, wave 2 (logins2): a CSV/TSV column whose cells are logins by shape, whatever its header says.

DEV: written before the change. CHECK: written after it, not tuned on.
"""
import pytest

from redactor.detect.login_columns import find_login_column_cells
from redactor.detect.usernames import find_usernames
from tests.growth import assert_linear_growth


def _found(text):
    return {text[start:end] for start, end, _ in find_usernames(text)}


DEV = [
    ("2024-03-01 10:22:01,jdoe_22,login_failed,10.0.0.4\n2024-03-01 10:22:09,m.tanaka,login_ok,10.0.0.7\n",
     {"jdoe_22", "m.tanaka"}),
    ("week,contributor_key,commits\n9,r.okafor,14\n10,lchen_88,9\n11,r.okafor,3\n", {"r.okafor", "lchen_88"}),
    ("ts\tsrc\tmsg\n10:01\tkwame.b\tdeploy started\n10:02\tsvetlana_p\tdeploy ok\n", {"kwame.b", "svetlana_p"}),
    ("order,placed,ref\n1001,2024-01-02,tmoreno7\n1002,2024-01-03,aiko.n\n", {"tmoreno7", "aiko.n"}),
]

DEV_CLEAN = [
    "id,status,region\n1,in_progress,us-east-1\n2,not_started,eu-west-2\n3,done,us-west-2\n",
    "file,lines\nmain.py,120\nutils.py,45\nREADME.md,30\n",
    "host,cpu\nweb01,45\nweb02,50\ndb1,30\n",
    "sku,qty\nsku-1042,3\nsku-2210,1\n",
    "name,version\nrequests,2.31.0\nnumpy,1.26.4\n",
    "fn,calls\nget_user,120\nparse_args,45\nload_config,3\n",
    "commit,files\na1b2c3d,4\n9f8e7d6,2\n",
]


@pytest.mark.parametrize("text, logins", DEV)
def test_dev_found(text, logins):
    assert logins <= _found(text)


@pytest.mark.parametrize("text", DEV_CLEAN)
def test_dev_clean(text):
    assert not set(text[s:e] for s, e, _ in find_login_column_cells(text))


def test_one_login_shaped_cell_is_no_column():
    assert not list(find_login_column_cells("a,b\n1,jdoe_22\n2,hello\n3,world\n"))


def test_linear_growth():
    row = "2024-03-01 10:22:01,jdoe_22,login_failed,10.0.0.4\n"
    assert_linear_growth(lambda n: (lambda: list(find_login_column_cells(row * n))), 4000)


# CHECK: written after the change, not tuned on.
CHECK = [
    ("login_at,acct_ref,result\n08:01,h.nakamura,ok\n08:03,obi_k2,fail\n08:04,h.nakamura,ok\n", {"h.nakamura", "obi_k2"}),
    ("repo\tpusher\tbranch\nweb\tferreira_l\tmain\napi\tq.zhang\tfix-login\n", {"ferreira_l", "q.zhang"}),
    ("2024-05-02,okoye9,12.40\n2024-05-03,larsson4,7.10\n", {"okoye9", "larsson4"}),
]
CHECK_CLEAN = [
    "step,state\nbuild,queued_for_run\ntest,waiting_on_build\ndeploy,not_started\n",
    "bucket,region\nlogs-prod,eu-central-1\nlogs-dev,us-east-2\n",
    "image,tag\nnginx,1.25.3\nredis,7.2.4\npostgres,16.1\n",
    "metric,unit\nlatency_p99,ms\nerror_rate,pct\nreq_count,n\n",
]


@pytest.mark.parametrize("text, logins", CHECK)
def test_check_found(text, logins):
    assert logins <= _found(text)


@pytest.mark.parametrize("text", CHECK_CLEAN)
def test_check_clean(text):
    assert not set(text[s:e] for s, e, _ in find_login_column_cells(text))


# DEV (quoted cells): a name "Okoro, Jide" in quotes does not break the row into more cells.
def test_dev_quoted_cells():
    text = 'id,name,acct\n1,"Okoro, Jide",j.okoro2\n2,"Roe, Ann","aroe_7"\n3,"Lee, Min",\n'
    assert {"j.okoro2", "aroe_7"} <= _found(text)


# CHECK (quoted cells), written after.
def test_check_quoted_cells():
    text = 'when,who,notes\n"Mar 3, 2024",t.vasquez,"paged, then acked"\n"Mar 4, 2024",ngozi_a,"no page"\n'
    assert {"t.vasquez", "ngozi_a"} <= _found(text)
    assert not list(find_login_column_cells('a,b\n"x, y",in_progress\n"z, w",not_started\n'))


def test_logins_in_the_first_column():
    assert {"jdoe_22", "m.tanaka"} <= _found("jdoe_22,login_failed,3\nm.tanaka,login_ok,4\n")
