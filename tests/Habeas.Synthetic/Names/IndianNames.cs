namespace Habeas.Synthetic.Names;

/// <summary>Indian names (Punjabi, Gujarati, Hindi-speaking and southern), most frequent first.</summary>
internal static class IndianNames
{
    public const string Surnames = """
        Singh, Kumar, Patel, Sharma, Gupta, Shah, Verma, Reddy, Yadav, Das,
        Gill, Sandhu, Sidhu, Dhillon, Grewal, Brar, Mann, Chauhan, Joshi, Mehta,
        Desai, Thakur, Rao, Nair, Pillai, Iyer, Chaudhary, Malhotra, Kapoor, Bhatt,
        Trivedi, Pandya, Parikh, Modi, Virk, Bajwa, Randhawa, Saini, Mishra, Tiwari
        """;

    public const string MaleGiven = """
        Gurpreet, Harpreet, Jaspreet, Mandeep, Sandeep, Kuldeep, Parminder, Jagdeep, Navdeep, Amandeep,
        Rajesh, Suresh, Ramesh, Amit, Rahul, Vikram, Sanjay, Anil, Sunil, Vijay,
        Ravi, Arjun, Deepak, Manish, Rakesh, Balwinder, Sukhwinder, Hardeep, Ankit, Nikhil,
        Pradeep, Mukesh, Dinesh, Mahesh, Prakash, Hitesh, Jignesh, Kalpesh, Bhavesh, Lovepreet
        """;

    public const string FemaleGiven = """
        Priya, Pooja, Anjali, Sunita, Neha, Kavita, Simran, Manpreet, Harjeet, Rajwinder,
        Komal, Nisha, Ritu, Meena, Asha, Geeta, Rekha, Divya, Hetal, Falguni,
        Navneet, Kiran, Jasleen, Sapna, Payal
        """;
}
