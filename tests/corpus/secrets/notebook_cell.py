# %% [markdown]
# Fine-tune experiment 14 - quick and dirty

# %%
import os
from huggingface_hub import login
from anthropic import Anthropic
from openai import OpenAI

login(token="hf_EWdFDhRkfPgFAKEJoBlEPXhmWivxleppGE")

client = OpenAI(api_key="sk-proj-_DyypMt0hj6SoQj0DoVXVaedFAKErwKl8M26-s9OPJTJwhFRVd1GNVzBP-7s5N8Up3skoNw8-6T3BlbkFJic5rbFaesoYl1PNUHQAXfRVDFAKEPEcD_3_RAYAeF395Bk9xzuxaUR-12p1-Q3eGuAyLO7B5Cp")
claude = Anthropic(api_key="sk-ant-api03-PF_orJqv-sKfYWTPKikSPYE5cWrl0VgFAKEqjntUlIzmFmbnClMg3Fcfw2fgPPlY-F4Y-mApsY-GrsiMuGMy3cMqaDjWyAA")

# %%
os.environ["WANDB_API_KEY"] = "e1877cc815d26deadbeefeb115e47394aa132740"
os.environ["REPLICATE_API_TOKEN"] = "r8_5FJGZwc9gvY4FAKEH46njER1PgOQGAiPiYPRQ"
os.environ['COHERE_API_KEY'] = '5Jj6kQmtFAKEQlUzaPwFBEK4x9Q2'

# %%
import psycopg2
conn = psycopg2.connect(host="10.4.0.9", dbname="features", user="ml", password="ml-f3atur3s!")

# %%
import boto3
s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIA34LLQAFQSEXAMPLE",
    aws_secret_access_key="7xvr+qlCREgDhFAKEzLzijA2sdUOll6C6AQY0Lan",
)
